package io.tangram.finance.impl.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tangram.finance.api.AccountType;
import io.tangram.finance.api.StatementLine;
import io.tangram.platform.api.money.Money;

/**
 * A statement form defined by formulas over account-code prefixes ({@code reports/cn-*.csv}): lines
 * {@code key,level,formula,label,labelEn}. A term of a formula is an account code prefix (the balances
 * of the matching accounts on their normal side), {@code @REVENUE} / {@code @EXPENSE} (every account of
 * that type), {@code @OTHER_ASSET} … (the accounts of that type no prefix of the form covers, so no
 * balance is ever left out), or the key of a line above.
 */
public final class StatementForm {
    private static final Pattern TERM = Pattern.compile("([+-]?)([^+-]+)");
    private static final Pattern PREFIX = Pattern.compile("[0-9A-Za-z.]+");

    /** One line of the form. */
    record Line(String key, int level, List<Term> terms, String label, String labelEn) {
    }

    /** A signed term: {@code kind} is {@code prefix}, {@code type}, {@code other} or {@code line}. */
    record Term(int sign, String kind, String value) {
    }

    private final List<Line> lines;
    private final Set<String> prefixes;

    private StatementForm(List<Line> lines) {
        this.lines = List.copyOf(lines);
        Set<String> p = new HashSet<>();
        lines.forEach(l -> l.terms().stream().filter(t -> t.kind().equals("prefix")).forEach(t -> p.add(t.value())));
        this.prefixes = Set.copyOf(p);
    }

    /** The China balance sheet (会小企01表). */
    public static StatementForm chinaBalanceSheet() {
        return load("reports/cn-balance-sheet.csv");
    }

    /** The China income statement (会小企02表). */
    public static StatementForm chinaIncomeStatement() {
        return load("reports/cn-income-statement.csv");
    }

    static StatementForm load(String resource) {
        try (InputStream in = StatementForm.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the bundle");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** Parses a form; a malformed line, or one naming a line not defined above it, fails naming the line. */
    public static StatementForm parse(Reader reader, String source) throws IOException {
        List<Line> lines = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        BufferedReader in = new BufferedReader(reader);
        int lineNo = 0;
        for (String text = in.readLine(); text != null; text = in.readLine()) {
            lineNo++;
            String row = text.strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            String[] cols = row.split(",", 5);
            String where = source + " line " + lineNo + ": ";
            if (cols.length != 5 || cols[0].isBlank() || !cols[1].strip().matches("[0-3]") || cols[2].isBlank()) {
                throw new IllegalArgumentException(where + "expected key,level (0-3),formula,label,labelEn");
            }
            String key = cols[0].strip();
            List<Term> terms = new ArrayList<>();
            String formula = cols[2].replace(" ", "");
            Matcher m = TERM.matcher(formula);
            int end = 0;
            while (m.find()) {
                if (m.start() != end) {
                    break;
                }
                end = m.end();
                terms.add(term(m.group(1).equals("-") ? -1 : 1, m.group(2), keys, where));
            }
            if (end != formula.length() || terms.isEmpty()) {
                throw new IllegalArgumentException(where + "cannot read formula " + cols[2]);
            }
            if (!keys.add(key)) {
                throw new IllegalArgumentException(where + "key " + key + " repeats");
            }
            lines.add(new Line(key, Integer.parseInt(cols[1].strip()), terms, cols[3].strip(), cols[4].strip()));
        }
        return new StatementForm(lines);
    }

    private static Term term(int sign, String text, Set<String> keys, String where) {
        if (text.chars().allMatch(Character::isDigit)) {
            return new Term(sign, "prefix", text);
        }
        if (text.startsWith("@OTHER_")) {
            return new Term(sign, "other", type(text.substring(7), where).name());
        }
        if (text.startsWith("@")) {
            return new Term(sign, "type", type(text.substring(1), where).name());
        }
        if (!PREFIX.matcher(text).matches() || !keys.contains(text)) {
            throw new IllegalArgumentException(where + "'" + text + "' is no account prefix and no line above");
        }
        return new Term(sign, "line", text);
    }

    private static AccountType type(String name, String where) {
        try {
            return AccountType.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + "no account type " + name, e);
        }
    }

    /** The form's lines with amounts from {@code sums}, every line shown (zero ones too, as on the printed form). */
    public List<StatementLine> lines(ChartSums sums, Function<BigDecimal, Money> money) {
        Map<String, BigDecimal> values = new HashMap<>();
        List<StatementLine> out = new ArrayList<>();
        for (Line line : lines) {
            BigDecimal value = BigDecimal.ZERO;
            for (Term t : line.terms()) {
                value = value.add(value(t, sums, values).multiply(BigDecimal.valueOf(t.sign())));
            }
            values.put(line.key(), value);
            out.add(new StatementLine(line.key(), line.label(), line.labelEn(), line.level(), money.apply(value)));
        }
        return out;
    }

    private BigDecimal value(Term t, ChartSums sums, Map<String, BigDecimal> values) {
        return switch (t.kind()) {
            case "line" -> values.get(t.value());
            case "prefix" -> sum(sums, a -> a.code().startsWith(t.value())
                    && (a.parentId() == null || !parentCode(sums, a).startsWith(t.value())));
            case "type" -> sum(sums, a -> a.parentId() == null && a.type().name().equals(t.value()));
            default -> sum(sums, a -> a.parentId() == null && a.type().name().equals(t.value()) && !covered(a.code()));
        };
    }

    private static String parentCode(ChartSums sums, ChartNode a) {
        return sums.account(a.parentId()).code();
    }

    private boolean covered(String code) {
        return prefixes.stream().anyMatch(p -> code.startsWith(p) || p.startsWith(code));
    }

    private static BigDecimal sum(ChartSums sums, java.util.function.Predicate<ChartNode> which) {
        BigDecimal total = BigDecimal.ZERO;
        for (ChartNode a : sums.accounts()) {
            if (which.test(a)) {
                total = total.add(LedgerReader.normalSide(a, sums.of(a.id())));
            }
        }
        return total;
    }
}
