package io.tangram.finance.impl.asset;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of fixed assets and depreciation. */
@Component(service = PermissionProvider.class)
public class AssetPermissions implements PermissionProvider {

    public static final String ASSET_READ = "finance.asset.read";
    public static final String ASSET_WRITE = "finance.asset.write";
    public static final String DEPRECIATION_RUN = "finance.depreciation.run";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(ASSET_READ, "View fixed assets, asset categories and depreciation runs",
                        "查看固定资产、资产类别和折旧计提"),
                Permission.of(ASSET_WRITE, "Register, change and dispose of fixed assets; manage asset categories",
                        "登记、修改和处置固定资产；维护资产类别"),
                Permission.of(DEPRECIATION_RUN, "Run and undo the monthly depreciation", "计提和撤销月度折旧"));
    }
}
