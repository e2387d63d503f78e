package io.tangram.masterdata.impl.rest;

import io.tangram.masterdata.api.CompanyService;
import io.tangram.masterdata.api.ProductDto;
import io.tangram.masterdata.api.ProductInput;
import io.tangram.masterdata.api.ProductService;
import io.tangram.masterdata.impl.service.MasterDataPermissions;
import io.tangram.platform.api.query.Page;
import io.tangram.platform.api.query.PageRequest;
import io.tangram.platform.api.security.RequiresPermission;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** Products at {@code /api/masterdata/products}. */
@Component(service = ProductResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JaxrsApplicationSelect(MasterDataApplication.SELECT)
@Path("products")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProductResource {

    private final ProductService products;

    @Activate
    public ProductResource(@Reference ProductService products) {
        this.products = products;
    }

    @GET
    @RequiresPermission(MasterDataPermissions.PRODUCT_READ)
    public Page<ProductDto> search(@QueryParam("companyId") Long companyId, @QueryParam("q") String q,
                                   @QueryParam("inactive") boolean inactive,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        PageRequest page = PageRequest.of(offset, limit);
        return products.search(companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId, q, inactive, page);
    }

    @GET
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.PRODUCT_READ)
    public ProductDto get(@PathParam("id") long id) {
        return products.get(id);
    }

    @POST
    @RequiresPermission(MasterDataPermissions.PRODUCT_WRITE)
    public Response create(ProductInput input, @Context UriInfo uri) {
        ProductDto created = products.create(input);
        return Rest.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.PRODUCT_WRITE)
    public ProductDto update(@PathParam("id") long id, ProductInput input) {
        return products.update(id, input);
    }

    /** Deactivates; the product stays for the documents that name it. */
    @DELETE
    @Path("{id}")
    @RequiresPermission(MasterDataPermissions.PRODUCT_WRITE)
    public ProductDto deactivate(@PathParam("id") long id) {
        return products.deactivate(id);
    }

    /** CSV upload; columns as documented on {@link ProductService#importCsv}. */
    @POST
    @Path("import")
    @Consumes({Rest.CSV, MediaType.TEXT_PLAIN})
    @RequiresPermission(MasterDataPermissions.PRODUCT_WRITE)
    public Rest.ImportReportView importCsv(InputStream body, @QueryParam("companyId") Long companyId,
                                           @QueryParam("mode") @DefaultValue("all-or-nothing") String mode,
                                           @Context HttpHeaders headers) {
        long company = companyId == null ? CompanyService.DEFAULT_COMPANY_ID : companyId;
        return Rest.view(products.importCsv(company, Rest.utf8(body), Rest.mode(mode)), headers);
    }
}
