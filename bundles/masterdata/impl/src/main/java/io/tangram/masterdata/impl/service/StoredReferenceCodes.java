package io.tangram.masterdata.impl.service;

import io.tangram.masterdata.impl.entity.CurrencyEntity;
import io.tangram.masterdata.impl.entity.TaxRateEntity;
import io.tangram.masterdata.impl.entity.UnitEntity;
import io.tangram.masterdata.impl.rules.ReferenceCodes;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import javax.persistence.EntityManager;

/** The active units, tax rates and currencies as stored, read once per use. */
final class StoredReferenceCodes implements ReferenceCodes {

    private final Set<String> units;
    private final Set<String> taxRates;
    private final Map<String, Integer> currencyScales;

    StoredReferenceCodes(EntityManager em) {
        units = em.createQuery("SELECT u FROM UnitEntity u WHERE u.active = :yes", UnitEntity.class)
                .setParameter("yes", Boolean.TRUE).getResultList()
                .stream().map(u -> u.code).collect(Collectors.toSet());
        taxRates = em.createQuery("SELECT t FROM TaxRateEntity t WHERE t.active = :yes", TaxRateEntity.class)
                .setParameter("yes", Boolean.TRUE)
                .getResultList().stream().map(t -> t.code).collect(Collectors.toSet());
        currencyScales = em.createQuery("SELECT c FROM CurrencyEntity c WHERE c.active = :yes", CurrencyEntity.class)
                .setParameter("yes", Boolean.TRUE)
                .getResultList().stream().collect(Collectors.toMap(c -> c.code.strip(), c -> c.scale));
    }

    @Override
    public boolean unitExists(String code) {
        return units.contains(code);
    }

    @Override
    public boolean taxRateExists(String code) {
        return taxRates.contains(code);
    }

    @Override
    public OptionalInt currencyScale(String code) {
        Integer scale = currencyScales.get(code);
        return scale == null ? OptionalInt.empty() : OptionalInt.of(scale);
    }
}
