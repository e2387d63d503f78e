package io.tangram.finance.impl.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.ChartTemplate;
import io.tangram.finance.api.NormalBalance;

/**
 * The charts shipped as {@code charts/*.csv} resources: lines {@code code,name,nameEn,type,normalBalance},
 * {@code #} comments; a blank normal balance takes the type's. A code's parent is the longest other code
 * of the chart it starts with.
 */
final class ChartTemplates {

    /** One account of a shipped chart; {@code parentCode} {@code null} at the top. */
    record Entry(String code, String name, String nameEn, AccountType type, NormalBalance normalBalance,
                 String parentCode) {
    }

    private ChartTemplates() {
    }

    static String resource(ChartTemplate template) {
        return switch (template) {
            case CN_SMALL_BUSINESS -> "charts/cn-small-business.csv";
            case IFRS -> "charts/ifrs.csv";
        };
    }

    /** The template's accounts, parents before their sub-accounts. */
    static List<Entry> load(ChartTemplate template) {
        String name = resource(template);
        try (InputStream in = ChartTemplates.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("chart template resource " + name + " is missing from the bundle");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chart template " + name, e);
        }
    }

    /** Parses a chart; a malformed line fails naming the source and line number. */
    static List<Entry> parse(Reader reader, String source) throws IOException {
        record Raw(String code, String name, String nameEn, AccountType type, NormalBalance normalBalance) {
        }
        List<Raw> raws = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cols = text.split(",", -1);
            if (cols.length != 5) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": expected 5 columns, found " + cols.length);
            }
            String code = cols[0].strip();
            if (!AccountCodes.valid(code)) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": bad account code '" + code + "'");
            }
            if (!codes.add(code)) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": account code " + code + " repeats");
            }
            String name = cols[1].strip();
            if (name.isEmpty() || name.length() > 200) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": name must have 1 to 200 characters");
            }
            String nameEn = cols[2].isBlank() ? null : cols[2].strip();
            AccountType type;
            NormalBalance normal;
            try {
                type = AccountType.valueOf(cols[3].strip().toUpperCase(Locale.ROOT));
                normal = cols[4].isBlank() ? type.normalBalance()
                        : NormalBalance.valueOf(cols[4].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": bad type or normal balance", e);
            }
            raws.add(new Raw(code, name, nameEn, type, normal));
        }
        List<Entry> entries = new ArrayList<>();
        for (Raw r : raws) {
            String parent = null;
            for (String other : codes) {
                if (AccountCodes.extendsParent(r.code(), other) && (parent == null || other.length() > parent.length())) {
                    parent = other;
                }
            }
            entries.add(new Entry(r.code(), r.name(), r.nameEn(), r.type(), r.normalBalance(), parent));
        }
        entries.sort(Comparator.comparingInt((Entry e) -> e.code().length()).thenComparing(Entry::code));
        return entries;
    }
}
