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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Classifies cash movements into {@link CashFlowItem}s by the other accounts of their voucher, with the
 * rules of the resource {@code reports/cash-flow-items.csv} ({@code prefix,inflowItem,outflowItem};
 * the longest matching prefix wins; a blank side takes the other side's item with a negative amount).
 */
public final class CashFlowMapping {
    static final String RESOURCE = "reports/cash-flow-items.csv";

    private record Rule(CashFlowItem inflow, CashFlowItem outflow) {
    }

    /** Where one counterpart's share goes: the item and whether it reduces it (a refund). */
    record Target(CashFlowItem item, boolean reduces) {
    }

    /**
     * One line of a voucher that moves cash, in the company currency.
     *
     * @param cash whether the account is a cash account
     */
    public record Line(String accountCode, boolean cash, BigDecimal debit, BigDecimal credit) {
    }

    private final Map<String, Rule> rules;

    private CashFlowMapping(Map<String, Rule> rules) {
        this.rules = Map.copyOf(rules);
    }

    /** The shipped rules. */
    public static CashFlowMapping load() {
        try (InputStream in = CashFlowMapping.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Parses rules; a malformed line fails naming the source and line number. */
    public static CashFlowMapping parse(Reader reader, String source) throws IOException {
        Map<String, Rule> rules = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        int lineNo = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNo++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String[] cols = text.split(",", -1);
            if (cols.length != 3 || cols[0].isBlank() || (cols[1].isBlank() && cols[2].isBlank())) {
                throw new IllegalArgumentException(source + " line " + lineNo
                        + ": expected prefix,inflowItem,outflowItem with at least one item");
            }
            try {
                CashFlowItem in = cols[1].isBlank() ? null : CashFlowItem.byKey(cols[1].strip());
                CashFlowItem out = cols[2].isBlank() ? null : CashFlowItem.byKey(cols[2].strip());
                if ((in != null && !in.receipt) || (out != null && out.receipt)) {
                    throw new IllegalArgumentException("a receipt item belongs in the inflow column, a payment item"
                            + " in the outflow column");
                }
                if (rules.put(cols[0].strip(), new Rule(in, out)) != null) {
                    throw new IllegalArgumentException("prefix " + cols[0].strip() + " repeats");
                }
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new CashFlowMapping(rules);
    }

    /** Where cash coming in ({@code inflow}) or going out against {@code accountCode} is shown. */
    Target target(String accountCode, boolean inflow) {
        for (int length = accountCode.length(); length > 0; length--) {
            Rule rule = rules.get(accountCode.substring(0, length));
            if (rule != null) {
                CashFlowItem own = inflow ? rule.inflow() : rule.outflow();
                return own != null ? new Target(own, false) : new Target(inflow ? rule.outflow() : rule.inflow(), true);
            }
        }
        return new Target(inflow ? CashFlowItem.OTHER_OPERATING_RECEIPTS : CashFlowItem.OTHER_OPERATING_PAYMENTS, false);
    }

    /**
     * The cash flow of one voucher per item, positive in the item's own direction (a receipt received,
     * a payment paid). The voucher's net cash movement is split over the counterpart accounts on the
     * other side in proportion to their amounts; a voucher moving cash only between cash accounts has
     * no cash flow. A red-ink reversal ({@code reversal}) is classified like the voucher it cancels,
     * with negative amounts, so it takes back exactly what that voucher showed.
     */
    public Map<CashFlowItem, BigDecimal> classify(List<Line> lines, boolean reversal) {
        BigDecimal sign = reversal ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        BigDecimal netCash = BigDecimal.ZERO;
        Map<String, BigDecimal> counterparts = new TreeMap<>();
        for (Line l : lines) {
            BigDecimal net = l.debit().subtract(l.credit()).multiply(sign);
            if (l.cash()) {
                netCash = netCash.add(net);
            } else {
                counterparts.merge(l.accountCode(), net.negate(), BigDecimal::add);
            }
        }
        Map<CashFlowItem, BigDecimal> flows = new EnumMap<>(CashFlowItem.class);
        if (netCash.signum() == 0) {
            return flows;
        }
        boolean inflow = netCash.signum() > 0;
        List<Map.Entry<String, BigDecimal>> sources = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> c : counterparts.entrySet()) {
            BigDecimal weight = inflow ? c.getValue() : c.getValue().negate();
            if (weight.signum() > 0) {
                sources.add(Map.entry(c.getKey(), weight));
            }
        }
        sources.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
        BigDecimal amount = netCash.abs();
        if (sources.isEmpty()) {
            flows.put(inflow ? CashFlowItem.OTHER_OPERATING_RECEIPTS : CashFlowItem.OTHER_OPERATING_PAYMENTS,
                    amount.multiply(sign));
            return flows;
        }
        List<BigDecimal> shares = Proration.split(amount, sources.stream().map(Map.Entry::getValue).toList());
        for (int i = 0; i < sources.size(); i++) {
            Target t = target(sources.get(i).getKey(), inflow);
            BigDecimal share = shares.get(i).multiply(sign);
            flows.merge(t.item(), t.reduces() ? share.negate() : share, BigDecimal::add);
        }
        return flows;
    }
}
