package io.tangram.crm.api.ticket;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/**
 * Service tickets. A caller sees the tickets of the customers they may see (owner scope, see
 * {@link io.tangram.crm.api.Customers}), those assigned to someone they may see, and those waiting
 * in the queue of a team they belong to or manage.
 */
@ProviderType
public interface Tickets {

    /**
     * Opens a ticket (status {@code NEW}) with its number and SLA due times.
     *
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field (unknown
     *         customer, sales order of another customer, unknown assignee or queue …)
     */
    TicketDto create(TicketInput input);

    /**
     * Changes subject, description, priority, category, sales order, assignee and queue. A new
     * priority recomputes the due times of the targets not yet met or breached.
     *
     * @throws io.tangram.platform.api.error.ConflictException if the ticket is closed
     */
    TicketDto update(long id, TicketInput input);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such ticket or the caller may not see it */
    TicketDto get(long id);

    /** Visible tickets, newest first. */
    Page<TicketDto> search(long companyId, TicketQuery query, PageRequest page);

    /** The visible tickets of a customer, newest first (for the customer's 360° view). */
    List<TicketDto> forCustomer(long customerId);

    /**
     * Adds a reply or an internal note. The first public reply is the ticket's first response and
     * opens a {@code NEW} ticket.
     *
     * @throws io.tangram.platform.api.error.ConflictException for a reply on a closed ticket
     */
    TicketCommentDto comment(long id, TicketCommentInput input);

    /** Replies and notes, oldest first. */
    List<TicketCommentDto> comments(long id);

    /**
     * Moves the ticket on. A status change by an agent counts as the first response; {@code RESOLVED}
     * records the resolution time; {@code OPEN} from {@code RESOLVED} or {@code CLOSED} reopens it.
     *
     * @throws io.tangram.platform.api.error.ConflictException for a step the workflow does not allow
     */
    TicketDto changeStatus(long id, TicketStatus status);

    /**
     * Links a published knowledge-base article to the ticket (the answer given from it).
     *
     * @throws io.tangram.platform.api.error.ConflictException if the article is not published
     */
    List<ArticleDto> linkArticle(long id, long articleId);

    void unlinkArticle(long id, long articleId);

    /** The articles linked to the ticket, in the order they were linked. */
    List<ArticleDto> articles(long id);
}
