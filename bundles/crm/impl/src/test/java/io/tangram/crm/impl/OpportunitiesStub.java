package io.tangram.crm.impl;

import java.util.List;

import io.tangram.crm.api.pipeline.Opportunities;
import io.tangram.crm.api.pipeline.OpportunityDto;
import io.tangram.crm.api.pipeline.OpportunityInput;
import io.tangram.crm.api.pipeline.OpportunityQuery;
import io.tangram.crm.api.pipeline.OpportunityStatus;
import io.tangram.crm.api.pipeline.StageChangeDto;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;

/** A pipeline for tests of its callers: every call fails unless the test overrides it. */
public abstract class OpportunitiesStub implements Opportunities {

    @Override
    public OpportunityDto create(OpportunityInput input) {
        throw new UnsupportedOperationException("create");
    }

    @Override
    public OpportunityDto get(long id) {
        throw new UnsupportedOperationException("get");
    }

    @Override
    public List<OpportunityDto> list(long companyId, Long customerId, OpportunityStatus status) {
        throw new UnsupportedOperationException("list");
    }

    @Override
    public Page<OpportunityDto> search(long companyId, OpportunityQuery query, PageRequest page) {
        throw new UnsupportedOperationException("search");
    }

    @Override
    public OpportunityDto update(long id, OpportunityInput input) {
        throw new UnsupportedOperationException("update");
    }

    @Override
    public OpportunityDto move(long id, String stageCode, String note) {
        throw new UnsupportedOperationException("move");
    }

    @Override
    public OpportunityDto win(long id, String note) {
        throw new UnsupportedOperationException("win");
    }

    @Override
    public OpportunityDto lose(long id, String reason) {
        throw new UnsupportedOperationException("lose");
    }

    @Override
    public List<StageChangeDto> history(long id) {
        throw new UnsupportedOperationException("history");
    }
}
