package io.tangram.crm.impl.lead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LeadRouterTest {
    private static final LeadRouter.Rule FAIR_TO_WANG = new LeadRouter.Rule(11, 1, "Fair leads", null, null, "fair",
            "wang.fang", null);
    private static final LeadRouter.Rule EAST_TEAM = new LeadRouter.Rule(12, 2, "East", "East", null, null, null, "EAST");
    private static final LeadRouter.Rule EAST_RETAIL = new LeadRouter.Rule(13, 3, "East retail", "East", "retail", null,
            "zhao.lei", null);

    /** Teams in memory: members per code and a turn counter per code. */
    private static final class FakeTeams implements LeadRouter.Teams {
        final Map<String, List<String>> members = new HashMap<>();
        final Map<String, Long> turns = new HashMap<>();

        @Override
        public List<String> members(String team) {
            return members.getOrDefault(team, List.of());
        }

        @Override
        public long nextTurn(String team) {
            return turns.merge(team, 1L, Long::sum);
        }
    }

    private static LeadRouter.Facts facts(String region, String industry, String source) {
        return new LeadRouter.Facts(region, industry, source);
    }

    @Test
    void fiveLeadsOverAThreeMemberTeamGoABCAB() {
        FakeTeams teams = new FakeTeams();
        teams.members.put("EAST", List.of("a", "b", "c"));
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            owners.add(LeadRouter.route(List.of(EAST_TEAM), facts("East", null, null), teams, null, "admin").owner());
        }
        // turns 1..5 → members (turn − 1) mod 3 = 0, 1, 2, 0, 1
        assertEquals(List.of("a", "b", "c", "a", "b"), owners);
        assertEquals(5L, teams.turns.get("EAST"));
    }

    @Test
    void theFirstMatchingRuleWinsEvenWhenALaterOneIsMoreSpecific() {
        FakeTeams teams = new FakeTeams();
        teams.members.put("EAST", List.of("a", "b", "c"));
        LeadRouter.Assignment a = LeadRouter.route(List.of(FAIR_TO_WANG, EAST_TEAM, EAST_RETAIL),
                facts("East", "retail", "Fair"), teams, null, "admin");
        assertEquals("wang.fang", a.owner());
        assertEquals(11L, a.ruleId());
        assertEquals(null, teams.turns.get("EAST"), "a team passed by does not lose a turn");

        LeadRouter.Assignment b = LeadRouter.route(List.of(FAIR_TO_WANG, EAST_TEAM, EAST_RETAIL),
                facts("east ", "retail", "website"), teams, null, "admin");
        assertEquals("a", b.owner(), "region matches case and spaces ignored; rule 2 comes before rule 3");
        assertEquals("rule 2 East: team EAST, turn 1 of 3 members: a", b.how());
    }

    @Test
    void aConditionDoesNotMatchAMissingValue() {
        LeadRouter.Assignment a = LeadRouter.route(List.of(EAST_RETAIL), facts("East", null, null), new FakeTeams(),
                null, "li.na");
        assertEquals("li.na", a.owner());
        assertNull(a.ruleId());
    }

    @Test
    void noMatchGoesToTheDefaultOwnerElseToWhoeverEnteredIt() {
        FakeTeams teams = new FakeTeams();
        List<LeadRouter.Rule> rules = List.of(FAIR_TO_WANG, EAST_TEAM);
        LeadRouter.Assignment toDefault = LeadRouter.route(rules, facts("West", null, "web"), teams, "zhao.lei", "li.na");
        assertEquals("zhao.lei", toDefault.owner());
        assertEquals("no rule matched: default owner zhao.lei", toDefault.how());
        LeadRouter.Assignment toCreator = LeadRouter.route(rules, facts("West", null, "web"), teams, null, "li.na");
        assertEquals("li.na", toCreator.owner());
        assertEquals("no rule matched: entered by li.na", toCreator.how());
    }

    @Test
    void aTeamWithoutMembersIsPassedOver() {
        FakeTeams teams = new FakeTeams();
        LeadRouter.Assignment a = LeadRouter.route(List.of(EAST_TEAM, EAST_RETAIL), facts("East", "Retail", null), teams,
                null, "admin");
        assertEquals("zhao.lei", a.owner());
        assertEquals("rule 2 East passed over: team EAST has no members; rule 3 East retail: zhao.lei", a.how());
    }

    @Test
    void turnsWrapAroundAfterTheLastMember() {
        // turn 7 of 3 members: (7 − 1) mod 3 = 0 → the first
        assertEquals("a", LeadRouter.pick(List.of("a", "b", "c"), 7));
        // turn 6 of 4 members: (6 − 1) mod 4 = 1 → the second
        assertEquals("b", LeadRouter.pick(List.of("a", "b", "c", "d"), 6));
    }
}
