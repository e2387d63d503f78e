package io.tangram.finance.api.asset;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The fixed-asset register. Registering may post the acquisition (source {@code FA}, reference the
 * asset code); disposing posts the disposal (source {@code FAD}). An asset can be changed only until a
 * depreciation run has depreciated it.
 */
@ProviderType
public interface FixedAssets {

    /** Assets by code; {@code status} {@code null} for all. */
    List<AssetDto> list(long companyId, AssetStatus status);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such asset */
    AssetDto get(long id);

    /**
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field
     * @throws io.tangram.platform.api.error.ConflictException if the code is taken or the acquisition
     *         date is in a closed period
     */
    AssetDto register(AssetInput input);

    /**
     * Corrects an asset not yet depreciated by a run. The cost and date of a posted acquisition cannot
     * change: reverse its voucher and register the asset again.
     */
    AssetDto update(long id, AssetInput input);

    /**
     * Posts the disposal: Dr accumulated depreciation, Dr 1606 net book value, Cr cost; Dr proceeds,
     * Cr 1606; the rest of 1606 to 5301 (gain) or 5711 (loss).
     *
     * @throws io.tangram.platform.api.error.ConflictException if depreciation up to the disposal month
     *         has not been run (naming the period to run first), or the asset is already disposed
     */
    AssetDto dispose(long id, AssetDisposalInput input);
}
