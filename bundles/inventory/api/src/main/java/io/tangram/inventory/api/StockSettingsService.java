package io.tangram.inventory.api;

import org.osgi.annotation.versioning.ProviderType;

/** Per-product stock settings: costing method, reorder levels, tracking, default warehouse. */
@ProviderType
public interface StockSettingsService {

    /** The product's settings, or its defaults. @throws io.tangram.platform.api.error.NotFoundException for an unknown product */
    StockSettingsDto get(long productId);

    /**
     * Stores settings for a stocked product.
     *
     * @throws io.tangram.platform.api.error.ValidationException for a service product or bad levels
     * @throws io.tangram.platform.api.error.ConflictException when the costing method or tracking
     *         would change while the product has stock moves
     */
    StockSettingsDto save(long productId, StockSettingsInput input);
}
