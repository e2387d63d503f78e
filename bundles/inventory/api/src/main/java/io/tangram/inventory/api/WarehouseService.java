package io.tangram.inventory.api;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/** Warehouses and their locations. */
@ProviderType
public interface WarehouseService {

    /**
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field
     * @throws io.tangram.platform.api.error.ConflictException if the code is taken in the company
     */
    WarehouseDto create(WarehouseInput input);

    WarehouseDto update(long id, WarehouseInput input);

    /** @throws io.tangram.platform.api.error.NotFoundException if there is no such warehouse */
    WarehouseDto get(long id);

    /** @throws io.tangram.platform.api.error.NotFoundException if the company has no warehouse with that code */
    WarehouseDto getByCode(long companyId, String code);

    List<WarehouseDto> list(long companyId, boolean includeInactive);

    /** Keeps the warehouse and its history but stops new moves into it; refused while it holds stock. */
    WarehouseDto deactivate(long id);
}
