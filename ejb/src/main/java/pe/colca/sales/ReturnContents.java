package pe.colca.sales;

/**
 * The content of a return's credit note: the returned lines priced as they were sold (positive
 * figures), the buyer of the original sale. Read-only.
 */
public interface ReturnContents {

    /**
     * @param returnId the return ({@code electronic_documents.return_id} of its credit note)
     */
    SaleContent ofReturn(long returnId);
}
