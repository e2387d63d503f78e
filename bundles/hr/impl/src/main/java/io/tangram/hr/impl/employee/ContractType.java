package io.tangram.hr.impl.employee;

/** Labour contract types: open-ended (无固定期限), fixed term, internship, part time, agency dispatch (劳务派遣). */
public enum ContractType { OPEN_ENDED, FIXED_TERM, INTERNSHIP, PART_TIME, DISPATCH }
