package io.tangram.crm.impl.lead;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the owner of an arriving lead, without a database: the first rule (in the order given)
 * whose conditions all match wins. A condition left blank matches anything; a set one matches the
 * lead's value exactly, case and surrounding spaces ignored, and never a missing value. A rule's
 * target is a user, or a team whose members take turns: turn {@code n} (counted from 1) goes to
 * member {@code (n − 1) mod size}. A team rule whose team has no members is passed over. With no
 * match the default owner gets the lead, else whoever entered it.
 */
public final class LeadRouter {

    /** A rule as the router sees it; exactly one of {@code user} and {@code team} is set. */
    public record Rule(long id, int position, String name, String region, String industry, String source, String user,
                       String team) {

        boolean matches(Facts facts) {
            return same(region, facts.region()) && same(industry, facts.industry()) && same(source, facts.source());
        }

        private static boolean same(String condition, String value) {
            if (condition == null || condition.isBlank()) {
                return true;
            }
            return value != null && condition.strip().toLowerCase(Locale.ROOT).equals(value.strip().toLowerCase(Locale.ROOT));
        }
    }

    /** What the rules look at. */
    public record Facts(String region, String industry, String source) {
    }

    /** The teams the rules name: their members in rotation order, and the next turn (which it also takes). */
    public interface Teams {
        List<String> members(String team);

        /** Takes the team's next turn and returns it, 1 for the first lead ever. */
        long nextTurn(String team);
    }

    /**
     * The owner chosen and why.
     *
     * @param ruleId {@code null} when no rule matched
     * @param how    the choice in words, for the lead's record
     */
    public record Assignment(String owner, Long ruleId, String how) {
    }

    private LeadRouter() {
    }

    public static Assignment route(List<Rule> rules, Facts facts, Teams teams, String defaultOwner, String creator) {
        List<String> passedOver = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.matches(facts)) {
                continue;
            }
            String label = "rule " + rule.position() + " " + rule.name();
            if (rule.user() != null) {
                return new Assignment(rule.user(), rule.id(), prefix(passedOver) + label + ": " + rule.user());
            }
            List<String> members = teams.members(rule.team());
            if (members.isEmpty()) {
                passedOver.add(label + " passed over: team " + rule.team() + " has no members");
                continue;
            }
            long turn = teams.nextTurn(rule.team());
            String owner = pick(members, turn);
            return new Assignment(owner, rule.id(), prefix(passedOver) + label + ": team " + rule.team() + ", turn "
                    + turn + " of " + members.size() + " members: " + owner);
        }
        if (defaultOwner != null) {
            return new Assignment(defaultOwner, null, prefix(passedOver) + "no rule matched: default owner " + defaultOwner);
        }
        return new Assignment(creator, null, prefix(passedOver) + "no rule matched: entered by " + creator);
    }

    /** The member whose turn {@code turn} (from 1) is. */
    static String pick(List<String> members, long turn) {
        return members.get((int) Math.floorMod(turn - 1, (long) members.size()));
    }

    private static String prefix(List<String> passedOver) {
        return passedOver.isEmpty() ? "" : String.join("; ", passedOver) + "; ";
    }
}
