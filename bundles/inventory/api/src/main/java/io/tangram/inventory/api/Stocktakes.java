package io.tangram.inventory.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Stocktakes (盘点): a count sheet of a warehouse's products with their book quantities, counts
 * entered, and the variances posted as stock moves in one transaction.
 */
@ProviderType
public interface Stocktakes {

    /** Opens a count sheet for the warehouse's stocked products (of {@code category} if given). */
    StocktakeDto open(long companyId, long warehouseId, String category);

    /** Enters or corrects counts. @throws io.tangram.platform.api.error.ConflictException unless counting */
    StocktakeDto enterCounts(long id, List<CountInput> counts);

    /**
     * Posts the variances of every counted line as stock moves; refused while lines are uncounted.
     * Stock that moved after the sheet was opened is taken into account: the variance is
     * counted − book quantity at opening.
     */
    StocktakeDto post(long id);

    StocktakeDto cancel(long id);

    StocktakeDto get(long id);

    /** The company's stocktakes, newest first, optionally of one status; without their lines (see {@link #get}). */
    List<StocktakeDto> list(long companyId, StocktakeStatus status);
}
