package io.tangram.crm.impl.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tangram.crm.api.ticket.ArticleDto;
import io.tangram.crm.api.ticket.ArticleInput;
import io.tangram.crm.api.ticket.ArticleQuery;
import io.tangram.crm.impl.CrmDatabase;
import io.tangram.platform.api.error.ForbiddenException;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.CallContext;
import io.tangram.platform.api.security.Caller;

class KnowledgeBaseServiceTest {
    private static final Caller READER = new Caller("chen.jing", Set.of(), Set.of("crm.kb.read"));
    private TicketDesk desk;
    private ArticleDto seal;
    private ArticleDto invoice;
    private ArticleDto draft;

    @BeforeEach
    void setUp() {
        desk = new TicketDesk();
        CallContext.bind(CrmDatabase.ADMIN);
        seal = desk.kb.create(new ArticleInput(null, "Replacing a pump seal", "Close the inlet valve, drain the pump …",
                "repair", List.of("pump", "seal"), true, "en"));
        invoice = desk.kb.create(new ArticleInput(null, "如何补开增值税专用发票", "在财务模块中找到原发票，红字冲销后重新开具。",
                "invoice", List.of("发票"), true, null));
        draft = desk.kb.create(new ArticleInput(null, "Pump warranty (draft)", "Two years on parts", "repair",
                List.of("pump"), false, "en"));
    }

    @AfterEach
    void tearDown() {
        CallContext.clear();
    }

    private List<Long> find(ArticleQuery q) {
        return desk.kb.search(1, q, PageRequest.of(0, 50)).items().stream().map(ArticleDto::id).toList();
    }

    @Test
    void searchMatchesEveryWordInTitleBodyOrTags() {
        assertEquals(Set.of(seal.id(), draft.id()), Set.copyOf(find(new ArticleQuery("PUMP", null, null, null, null))));
        assertEquals(List.of(seal.id()), find(new ArticleQuery("pump valve", null, null, null, null)),
                "both words must occur");
        assertEquals(List.of(invoice.id()), find(new ArticleQuery("红字", null, null, null, null)));
        assertEquals(List.of(invoice.id()), find(new ArticleQuery(null, null, null, "zh", null)), "zh is the default");
        assertEquals(List.of(invoice.id()), find(new ArticleQuery(null, null, "发票", null, null)));
        assertEquals(List.of(draft.id()), find(new ArticleQuery(null, null, null, null, false)));
    }

    @Test
    void readersSeePublishedArticlesOnly() {
        CallContext.bind(READER);
        assertEquals(List.of(seal.id()), find(new ArticleQuery("pump", null, null, null, false)),
                "a reader asking for drafts still gets published articles");
        assertThrows(NotFoundException.class, () -> desk.kb.get(draft.id()));
        assertThrows(ForbiddenException.class, () -> desk.kb.create(new ArticleInput(null, "t", "b", null, null, true, null)));
    }

    @Test
    void publishingIsAuditedAndBadInputNamed() {
        ArticleDto published = desk.kb.update(draft.id(), new ArticleInput(null, "Pump warranty", "Two years on parts",
                "repair", List.of("pump", "warranty"), true, "en"));
        assertTrue(published.published());
        assertEquals(List.of("pump", "warranty"), published.tags());
        assertTrue(desk.db.audited.contains("publish kb-article " + draft.id()));
        CallContext.bind(READER);
        assertEquals("Pump warranty", desk.kb.get(draft.id()).title());

        CallContext.bind(CrmDatabase.ADMIN);
        ValidationException e = assertThrows(ValidationException.class, () -> desk.kb.create(new ArticleInput(null, "",
                null, null, List.of(" "), null, "fr")));
        assertEquals(Set.of("title", "body", "tags[0]", "language"),
                Set.copyOf(e.errors().stream().map(f -> f.field()).toList()));
    }
}
