package io.tangram.finance.api.asset;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** A company's fixed-asset categories. A company starts with none; {@link #loadDefaults} adds the usual ones. */
@ProviderType
public interface AssetCategories {

    /** Categories by code. */
    List<AssetCategoryDto> list(long companyId);

    /** @throws io.tangram.platform.api.error.NotFoundException if the company has no such category */
    AssetCategoryDto get(long companyId, String code);

    /**
     * @throws io.tangram.platform.api.error.ValidationException naming every bad field (an account that
     *         does not exist or is not postable among them)
     * @throws io.tangram.platform.api.error.ConflictException if the code is taken
     */
    AssetCategoryDto create(AssetCategoryInput input);

    /**
     * Adds the usual categories (房屋及建筑物 240 months, 机器设备 120, 运输工具 48, 电子设备 36,
     * 办公家具 60; residual 5%) with the default accounts. Codes that exist are left as they are, so
     * loading twice changes nothing. Returns the number of categories created.
     */
    int loadDefaults(long companyId);
}
