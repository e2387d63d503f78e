package io.tangram.masterdata.impl.rules;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Which fields of a record changed, for audit entries and update events. */
public final class Changes {

    private Changes() {
    }

    /** Names of the components whose values differ ({@code BigDecimal}s compared by value). */
    public static <R extends Record> List<String> between(R before, R after) {
        if (!before.getClass().equals(after.getClass())) {
            throw new IllegalArgumentException("cannot compare " + before.getClass() + " with " + after.getClass());
        }
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : before.getClass().getRecordComponents()) {
            Object a = valueOf(component, before);
            Object b = valueOf(component, after);
            boolean same = a instanceof BigDecimal x && b instanceof BigDecimal y ? x.compareTo(y) == 0 : Objects.equals(a, b);
            if (!same) {
                changed.add(component.getName());
            }
        }
        return changed;
    }

    private static Object valueOf(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + record.getClass(), e);
        }
    }
}
