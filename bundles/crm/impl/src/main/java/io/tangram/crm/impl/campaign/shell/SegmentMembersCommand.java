package io.tangram.crm.impl.campaign.shell;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import io.tangram.crm.api.campaign.SegmentDto;
import io.tangram.crm.api.campaign.SegmentMember;
import io.tangram.crm.api.campaign.SegmentRule;
import io.tangram.crm.api.campaign.Segments;
import io.tangram.crm.impl.CrmConsole;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** {@code crm:segment-members ID}: the segment's rules and the customers matching them today. */
@Service
@Command(scope = "crm", name = "segment-members", description = "Customers in a segment today (客户分群成员)")
public class SegmentMembersCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "Segment id")
    long id;

    @Reference
    Segments segments;

    @Reference
    Session session;

    @Override
    public Object execute() throws Exception {
        CrmConsole console = new CrmConsole(session);
        SegmentDto segment = console.call(() -> segments.get(id));
        if (segment == null) {
            return null;
        }
        console.out().printf("segment %d %s%n", segment.id(), segment.name());
        for (SegmentRule r : segment.rules()) {
            console.out().printf("  %s%s%s%s%n", r.kind(), r.value() == null ? "" : " " + r.value(),
                    r.days() == null ? "" : " " + r.days() + " days", r.amount() == null ? "" : " " + r.amount().toPlainString());
        }
        Page<SegmentMember> page = console.call(() -> segments.members(id, new PageRequest(0, PageRequest.MAX_LIMIT)));
        if (page != null) {
            console.out().printf("%-8s %-12s %-30s %-9s %s%n", "id", "code", "name", "stage", "owner");
            for (SegmentMember m : page.items()) {
                console.out().printf("%-8d %-12s %-30s %-9s %s%n", m.customerId(), m.code(), m.name(), m.stage(),
                        m.owner());
            }
            console.out().printf("%d of %d%n", page.items().size(), page.total());
        }
        return null;
    }
}
