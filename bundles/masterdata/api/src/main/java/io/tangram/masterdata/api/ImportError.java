package io.tangram.masterdata.api;

import io.tangram.platform.api.i18n.Text;

/**
 * One problem in an imported file.
 *
 * @param line  line of the file, the header being line 1
 * @param field column name
 */
public record ImportError(int line, String field, Text message) {
}
