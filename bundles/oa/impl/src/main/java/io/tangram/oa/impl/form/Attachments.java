package io.tangram.oa.impl.form;

import java.util.List;

import io.tangram.oa.impl.document.StoredDocuments;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/** Checks the OA documents a form attaches (receipts, contracts) through the document store, if any. */
final class Attachments {
    static final Text STORE_ABSENT = Text.of("attachments not checked: the document store is not running",
            "未校验附件：文档库未运行");

    private Attachments() {
    }

    /**
     * Names each attachment the caller may not read; when there is no document store, accepts them
     * unchecked and adds {@link #STORE_ABSENT} to {@code skipped}.
     */
    static void check(StoredDocuments store, long companyId, Validation v, String field, Long documentId,
                      List<Text> skipped) {
        if (documentId == null) {
            return;
        }
        if (store == null) {
            if (!skipped.contains(STORE_ABSENT)) {
                skipped.add(STORE_ABSENT);
            }
            return;
        }
        v.check(store.readable(companyId, documentId), field, Text.of("there is no document {0} you may read",
                "不存在您可查看的文档 {0}", String.valueOf(documentId)));
    }
}
