package io.tangram.inventory.impl.service;

import io.tangram.masterdata.api.PartyDto;
import io.tangram.masterdata.api.PartyService;
import io.tangram.platform.api.error.NotFoundException;
import io.tangram.platform.api.error.Validation;
import io.tangram.platform.api.i18n.Text;

/** Checks that a master-data party can be bought from: it exists, belongs to the company, is a supplier and active. */
final class Suppliers {

    private Suppliers() {
    }

    /** The supplier, or {@code null} with an error under {@code field} in {@code v} when it cannot be used. */
    static PartyDto active(PartyService parties, long companyId, Long partyId, String field, Validation v) {
        if (partyId == null) {
            v.add(field, Text.of("is required", "必填"));
            return null;
        }
        PartyDto party;
        try {
            party = parties.get(partyId);
        } catch (NotFoundException e) {
            v.add(field, Text.of("there is no supplier {0}", "不存在供应商 {0}", String.valueOf(partyId)));
            return null;
        }
        if (party.companyId() != companyId) {
            v.add(field, Text.of("{0} belongs to another company", "{0} 属于其他公司", party.code()));
        } else if (!party.supplier()) {
            v.add(field, Text.of("{0} is not a supplier", "{0} 不是供应商", party.code()));
        } else if (!party.active()) {
            v.add(field, Text.of("supplier {0} is deactivated", "供应商 {0} 已停用", party.code()));
        } else {
            return party;
        }
        return null;
    }
}
