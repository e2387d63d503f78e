package io.tangram.crm.impl.pipeline;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.tangram.crm.api.pipeline.PipelineStageDto;
import io.tangram.crm.api.pipeline.PipelineStageInput;
import io.tangram.crm.api.pipeline.PipelineStages;
import io.tangram.crm.impl.Params;
import io.tangram.platform.api.audit.AuditLog;
import io.tangram.platform.api.error.ConflictException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;
import io.tangram.platform.api.schema.SchemaReady;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.sql.Sql;
import io.tangram.platform.api.tx.Transactions;
import io.tangram.web.api.JsonText;

/**
 * Pipeline stages in {@code crm_pipeline_stage}. A company always keeps at least one open, one won
 * and one lost stage; the default set is written the first time a company's stages are needed.
 */
@Component(service = {PipelineStages.class, StageService.class})
public class StageService implements PipelineStages {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,23}");
    private static final String SELECT = "SELECT id, company_id, code, name, name_zh, position, probability, closed_won,"
            + " closed_lost FROM crm_pipeline_stage";

    /** The stages a company starts with. */
    static final List<PipelineStageDto> DEFAULTS = List.of(
            new PipelineStageDto(0, 0, "QUALIFY", "Qualification", "资格确认", 1, 10, false, false),
            new PipelineStageDto(0, 0, "NEEDS", "Needs analysis", "需求分析", 2, 25, false, false),
            new PipelineStageDto(0, 0, "PROPOSAL", "Proposal", "方案报价", 3, 50, false, false),
            new PipelineStageDto(0, 0, "NEGOTIATION", "Negotiation", "商务谈判", 4, 75, false, false),
            new PipelineStageDto(0, 0, "WON", "Won", "赢单", 5, 100, true, false),
            new PipelineStageDto(0, 0, "LOST", "Lost", "输单", 6, 0, false, true));

    private final Sql sql;
    private final Transactions tx;
    private final AuditLog audit;

    @Activate
    public StageService(@Reference(target = "(tangram.module=crm)") SchemaReady schema,
                        @Reference(target = "(osgi.jndi.service.name=tangram)") DataSource dataSource,
                        @Reference Transactions tx, @Reference AuditLog audit) {
        this.sql = new Sql(dataSource);
        this.tx = tx;
        this.audit = audit;
    }

    @Override
    public List<PipelineStageDto> list(long companyId) {
        CallContext.require(PipelinePermissions.OPPORTUNITY_READ);
        return stages(companyId);
    }

    @Override
    public PipelineStageDto save(PipelineStageInput input) {
        CallContext.require(PipelinePermissions.STAGE_ADMIN);
        PipelineStageInput in = Params.require(input);
        long companyId = Params.company(in.companyId());
        boolean won = Boolean.TRUE.equals(in.closedWon());
        boolean lost = Boolean.TRUE.equals(in.closedLost());
        Validation v = new Validation();
        v.required("code", in.code()).required("name", blank(in.name())).required("nameZh", blank(in.nameZh()))
                .required("probability", in.probability())
                .matches("code", in.code() == null ? null : in.code().strip(), CODE,
                        Text.of("must be 1 to 24 upper-case letters, digits or _, starting with a letter",
                                "必须是 1 到 24 个大写字母、数字或 _，以字母开头"))
                .maxLength("name", blank(in.name()), 60).maxLength("nameZh", blank(in.nameZh()), 60);
        v.check(in.probability() == null || in.probability() >= 0 && in.probability() <= 100, "probability",
                Text.of("must be between 0 and 100", "必须在 0 到 100 之间"));
        v.check(in.position() == null || in.position() >= 1 && in.position() <= 99, "position",
                Text.of("must be between 1 and 99", "必须在 1 到 99 之间"));
        v.check(!(won && lost), "closedLost", Text.of("a stage cannot both win and lose", "一个阶段不能既是赢单又是输单"));
        v.throwIfInvalid();
        String code = in.code().strip();
        return tx.required(() -> {
            List<PipelineStageDto> current = stages(companyId);
            Optional<PipelineStageDto> existing = current.stream().filter(s -> s.code().equals(code)).findFirst();
            int position = in.position() != null ? in.position()
                    : existing.map(PipelineStageDto::position)
                            .orElse(current.stream().mapToInt(PipelineStageDto::position).max().orElse(0) + 1);
            PipelineStageDto after = new PipelineStageDto(existing.map(PipelineStageDto::id).orElse(0L), companyId, code,
                    in.name().strip(), in.nameZh().strip(), position, in.probability(), won, lost);
            if (existing.isPresent()) {
                PipelineStageDto before = existing.get();
                if ((before.closedWon() != won || before.closedLost() != lost) && inUse(before.id())) {
                    throw new ConflictException(Text.of("Opportunities are in stage {0}: it cannot become or stop being"
                            + " a won or lost stage", "阶段 {0} 中还有商机，不能更改其赢单或输单属性", code));
                }
                List<PipelineStageDto> planned = current.stream().map(s -> s.code().equals(code) ? after : s).toList();
                keepsEveryKind(planned, code);
                sql.update("UPDATE crm_pipeline_stage SET name = ?, name_zh = ?, position = ?, probability = ?,"
                        + " closed_won = ?, closed_lost = ? WHERE id = ?", after.name(), after.nameZh(), position,
                        after.probability(), won, lost, before.id());
            } else {
                insert(companyId, after);
            }
            PipelineStageDto saved = find(companyId, code).orElseThrow();
            audit.record("crm", existing.isPresent() ? "update" : "create", "pipeline-stage", String.valueOf(saved.id()),
                    JsonText.write(saved));
            return saved;
        });
    }

    @Override
    public void delete(long companyId, String code) {
        CallContext.require(PipelinePermissions.STAGE_ADMIN);
        tx.required(() -> {
            List<PipelineStageDto> current = stages(companyId);
            PipelineStageDto stage = current.stream().filter(s -> s.code().equals(code)).findFirst()
                    .orElseThrow(() -> new NotFoundException(Text.of("There is no stage {0}", "不存在阶段 {0}", code)));
            if (inUse(stage.id())) {
                throw new ConflictException(Text.of("Opportunities are in stage {0}: move them to another stage first",
                        "阶段 {0} 中还有商机，请先把它们移到其他阶段", code));
            }
            keepsEveryKind(current.stream().filter(s -> s.id() != stage.id()).toList(), code);
            sql.update("DELETE FROM crm_pipeline_stage WHERE id = ?", stage.id());
            audit.record("crm", "delete", "pipeline-stage", String.valueOf(stage.id()), JsonText.write(stage));
            return null;
        });
    }

    // ---------------------------------------------------------------- kept by the module

    /** The company's stages in funnel order, the default set written first if it has none; no permission check. */
    public List<PipelineStageDto> stages(long companyId) {
        List<PipelineStageDto> stages = read(companyId);
        if (!stages.isEmpty()) {
            return stages;
        }
        try {
            tx.requiresNew(() -> {
                for (PipelineStageDto d : DEFAULTS) {
                    insert(companyId, d);
                }
                audit.record("crm", "create-defaults", "pipeline-stage", String.valueOf(companyId),
                        JsonText.write(DEFAULTS.stream().map(PipelineStageDto::code).toList()));
                return null;
            });
        } catch (Sql.DuplicateKeyException e) {
            // another request wrote the defaults at the same moment; theirs are read below
            return read(companyId);
        }
        return read(companyId);
    }

    /** One of the company's stages by code; no permission check. */
    public Optional<PipelineStageDto> find(long companyId, String code) {
        return stages(companyId).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    private List<PipelineStageDto> read(long companyId) {
        return sql.list(SELECT + " WHERE company_id = ? ORDER BY position, code", StageService::row, companyId);
    }

    private void insert(long companyId, PipelineStageDto s) {
        sql.insert("INSERT INTO crm_pipeline_stage (company_id, code, name, name_zh, position, probability, closed_won,"
                + " closed_lost) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", companyId, s.code(), s.name(), s.nameZh(),
                s.position(), s.probability(), s.closedWon(), s.closedLost());
    }

    private boolean inUse(long stageId) {
        return sql.one("SELECT 1 FROM crm_opportunity WHERE stage_id = ?", rs -> 1, stageId).isPresent();
    }

    private static void keepsEveryKind(List<PipelineStageDto> planned, String code) {
        boolean open = planned.stream().anyMatch(s -> !s.closedWon() && !s.closedLost());
        boolean won = planned.stream().anyMatch(PipelineStageDto::closedWon);
        boolean lost = planned.stream().anyMatch(PipelineStageDto::closedLost);
        if (!open || !won || !lost) {
            throw new ConflictException(Text.of("The pipeline needs at least one open, one won and one lost stage:"
                    + " {0} cannot be changed that way", "销售阶段至少要有一个进行中、一个赢单和一个输单阶段：{0} 不能这样修改",
                    code));
        }
    }

    private static PipelineStageDto row(ResultSet rs) throws SQLException {
        return new PipelineStageDto(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getInt(7), rs.getBoolean(8), rs.getBoolean(9));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
