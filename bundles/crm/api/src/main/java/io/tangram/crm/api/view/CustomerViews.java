package io.tangram.crm.api.view;

import org.osgi.annotation.versioning.ProviderType;

/** Builds the 360° view of a customer the caller may see. */
@ProviderType
public interface CustomerViews {

    /**
     * @param limit newest items per section (1–200)
     * @throws io.tangram.platform.api.error.NotFoundException if the customer is unknown or hidden
     */
    CustomerView of(long customerId, int limit);
}
