package io.tangram.oa.impl.task;

import java.util.List;

/**
 * A board as a clerk enters it.
 *
 * @param code    short unique name, e.g. {@code onboarding}; fixed once created
 * @param members usernames of the people working on it
 */
public record BoardInput(Long companyId, String code, String name, String description, List<String> members) {
}
