package io.tangram.crm.api.lead;

/** Why a row of an import was refused: the column and the reason in English and Chinese. */
public record ImportProblem(String field, String message, String messageZh) {
}
