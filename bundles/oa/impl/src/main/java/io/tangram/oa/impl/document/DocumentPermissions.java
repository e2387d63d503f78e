package io.tangram.oa.impl.document;

import java.util.List;

import org.osgi.service.component.annotations.Component;

import io.tangram.platform.api.security.Permission;
import io.tangram.platform.api.security.PermissionProvider;

/** The permissions of the document store; folder grants then say where each applies. */
@Component(service = PermissionProvider.class)
public class DocumentPermissions implements PermissionProvider {

    public static final String READ = "oa.document.read";
    public static final String WRITE = "oa.document.write";
    public static final String ADMIN = "oa.document.admin";

    @Override
    public List<Permission> permissions() {
        return List.of(
                Permission.of(READ, "Find, read and download documents in the folders granted to you",
                        "在授权的文件夹中查找、查看和下载文档"),
                Permission.of(WRITE, "Upload documents and new versions, check out and in, tag and recycle documents"
                        + " in the folders granted to you", "在授权的文件夹中上传文档及新版本、签出签入、打标签、删除到回收站"),
                Permission.of(ADMIN, "Administer the document store: every folder, top-level folders, grants,"
                        + " restore from the recycle bin, break check-out locks",
                        "管理文档库：所有文件夹、顶级文件夹、授权、从回收站恢复、解除签出锁定"));
    }
}
