package io.tangram.crm.impl.sales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.sales.RankingDimension;
import io.tangram.crm.api.sales.SalesRanking;
import io.tangram.crm.api.sales.SalesReports;
import io.tangram.crm.impl.Visibility;
import io.tangram.crm.impl.pipeline.PipelinePermissions;
import io.tangram.masterdata.api.CompanyService;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;

/** Sales rankings summed in the database over {@code crm_sales_order} and its lines. */
@Component(service = SalesReports.class)
public class SalesReportService implements SalesReports {
    private static final String COUNTED = " AND o.status NOT IN ('DRAFT', 'CANCELLED') AND o.order_date >= ?"
            + " AND o.order_date <= ?";

    private final Sql sql;
    private final CompanyService companies;

    @Activate
    public SalesReportService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                              @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                              @Reference CompanyService companies) {
        this.sql = new Sql(dataSource);
        this.companies = companies;
    }

    @Override
    public SalesRanking ranking(long companyId, RankingDimension by, LocalDate from, LocalDate to, int limit) {
        CallContext.require(PipelinePermissions.REPORT_READ);
        Validation v = new Validation();
        v.required("by", by).required("from", from).required("to", to);
        v.check(from == null || to == null || !to.isBefore(from), "to", Text.of("must not be before from",
                "不能早于开始日期"));
        v.check(limit >= 1 && limit <= 1000, "limit", Text.of("must be 1 to 1000", "必须在 1 到 1000 之间"));
        v.throwIfInvalid();
        Visibility visibility = Visibility.current(sql, companyId);
        String scope = visibility.filter("o.owner");
        Object[] args = visibility.args(companyId, from, to);
        List<Ranking.Sum> sums = switch (by) {
            case PRODUCT -> sql.list("SELECT l.product_id, l.product_code, MAX(l.description), COUNT(DISTINCT o.id),"
                    + " SUM(l.quantity), SUM(l.net_amount) FROM crm_sales_order o JOIN crm_sales_order_line l"
                    + " ON l.order_id = o.id WHERE o.company_id = ?" + COUNTED + scope
                    + " GROUP BY l.product_id, l.product_code", rs -> new Ranking.Sum(String.valueOf(rs.getLong(1)),
                            rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5), rs.getBigDecimal(6)), args);
            case CUSTOMER -> sql.list("SELECT c.party_id, c.code, c.name, COUNT(*), SUM(o.total_net) FROM crm_sales_order o"
                    + " JOIN crm_customer c ON c.party_id = o.customer_id WHERE o.company_id = ?" + COUNTED + scope
                    + " GROUP BY c.party_id, c.code, c.name", rs -> new Ranking.Sum(String.valueOf(rs.getLong(1)),
                            rs.getString(2), rs.getString(3), rs.getInt(4), null, rs.getBigDecimal(5)), args);
            case REP -> sql.list("SELECT o.owner, COUNT(*), SUM(o.total_net) FROM crm_sales_order o WHERE o.company_id = ?"
                    + COUNTED + scope + " GROUP BY o.owner", rs -> new Ranking.Sum(rs.getString(1), rs.getString(1),
                            rs.getString(1), rs.getInt(2), null, rs.getBigDecimal(3)), args);
        };
        record Totals(int orders, BigDecimal net) {
        }
        Totals totals = sql.one("SELECT COUNT(*), COALESCE(SUM(o.total_net), 0) FROM crm_sales_order o"
                + " WHERE o.company_id = ?" + COUNTED + scope, rs -> new Totals(rs.getInt(1), rs.getBigDecimal(2)), args)
                .orElseThrow();
        BigDecimal net = totals.net().setScale(2);
        return new SalesRanking(companyId, by, from, to, companies.get(companyId).currency(), totals.orders(), net,
                Ranking.rank(sums, by == RankingDimension.PRODUCT ? sumOf(sums) : net, limit));
    }

    private static BigDecimal sumOf(List<Ranking.Sum> sums) {
        return sums.stream().map(Ranking.Sum::net).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
