package pe.colca.catalog;

import jakarta.ejb.Local;
import pe.colca.common.Page;
import pe.colca.common.PageRequest;

/** Brands. Reads need {@code catalog.product.view}, changes {@code catalog.brand.edit}; changes audited. */
@Local
public interface BrandService {

    Page<Brand> searchBrands(String text, PageRequest page);

    Brand getBrand(int id);

    Brand createBrand(BrandData data);

    /** @throws CatalogStaleVersion when the brand changed since {@code expectedVersion} */
    Brand updateBrand(int id, long expectedVersion, BrandData data);

    /** @throws StillInUse while products refer to it; CatalogStaleVersion when it changed since {@code expectedVersion} */
    void deleteBrand(int id, long expectedVersion);
}
