package io.tangram.crm.api.pipeline;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The stages a company's opportunities move through. A company that has none gets the default set
 * on first use: QUALIFY 10 %, NEEDS 25 %, PROPOSAL 50 %, NEGOTIATION 75 %, WON 100 %, LOST 0 %.
 */
@ProviderType
public interface PipelineStages {

    /** The company's stages in funnel order. */
    List<PipelineStageDto> list(long companyId);

    /**
     * Creates a stage, or changes the one with the same code.
     *
     * @throws io.tangram.platform.api.error.ConflictException if a won or lost flag would change while
     *         opportunities are in the stage, or no won or no lost stage would be left
     */
    PipelineStageDto save(PipelineStageInput input);

    /**
     * @throws io.tangram.platform.api.error.ConflictException if opportunities are in the stage, or it
     *         is the last open, won or lost stage
     */
    void delete(long companyId, String code);
}
