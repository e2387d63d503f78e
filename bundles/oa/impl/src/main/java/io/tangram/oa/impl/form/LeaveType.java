package io.tangram.oa.impl.form;

/** Kinds of leave, with their names in English and Chinese. */
public enum LeaveType {
    ANNUAL("Annual leave", "年假"),
    SICK("Sick leave", "病假"),
    PERSONAL("Personal leave", "事假"),
    MARRIAGE("Marriage leave", "婚假"),
    MATERNITY("Maternity leave", "产假"),
    PATERNITY("Paternity leave", "陪产假"),
    BEREAVEMENT("Bereavement leave", "丧假"),
    COMPENSATORY("Compensatory leave", "调休");

    private final String en;
    private final String zh;

    LeaveType(String en, String zh) {
        this.en = en;
        this.zh = zh;
    }

    public String en() {
        return en;
    }

    public String zh() {
        return zh;
    }
}
