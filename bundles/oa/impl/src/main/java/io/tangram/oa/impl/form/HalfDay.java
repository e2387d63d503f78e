package io.tangram.oa.impl.form;

/** The half of a day a leave starts or ends in: morning or afternoon. */
public enum HalfDay {
    AM, PM
}
