package io.tangram.masterdata.api;

import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import java.io.Reader;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/** Products and services of a company. */
@ProviderType
public interface ProductService {

    /**
     * Creates a product.
     *
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field
     * @throws io.tangram.platform.api.error.ConflictException if the code is taken in the company
     */
    ProductDto create(ProductInput input);

    ProductDto update(long id, ProductInput input);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such product */
    ProductDto get(long id);

    Optional<ProductDto> findByCode(long companyId, String code);

    /** Products whose code, name, category or barcode contains {@code q} (all when blank), by code. */
    Page<ProductDto> search(long companyId, String q, boolean includeInactive, PageRequest page);

    /** Keeps the product for existing documents but stops its use in new ones. */
    ProductDto deactivate(long id);

    /**
     * Creates products from CSV (UTF-8, header row). Columns, in any order: {@code code},
     * {@code name}, {@code unitCode}, {@code taxRateCode} (required), {@code category},
     * {@code barcode}, {@code salesPrice}, {@code salesCurrency}, {@code purchasePrice},
     * {@code purchaseCurrency}, {@code type} ({@code STOCKED} or {@code SERVICE}).
     *
     * @throws io.tangram.platform.api.error.ValidationException if the header is unusable, or in
     *         {@link ImportMode#ALL_OR_NOTHING} if any row is bad (fields named {@code line 3: unitCode})
     */
    ImportReport importCsv(long companyId, Reader csv, ImportMode mode);
}
