package pe.colca.sunatsim;

import java.util.Map;

/** SUNAT's texts of the codes the simulator answers (catalog of errors, CodeErrors), in SUNAT's Spanish. */
public final class SunatCodes {

    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("0100", "El sistema no puede responder su solicitud. Intente nuevamente o comuníquese con su Administrador"),
            Map.entry("0101", "El encabezado de seguridad es incorrecto"),
            Map.entry("0102", "Usuario o contraseña incorrectos"),
            Map.entry("0109", "El sistema no puede responder su solicitud. (El servicio de autenticación no está disponible)"),
            Map.entry("0111", "No tiene el perfil para enviar comprobantes electronicos"),
            Map.entry("0001", "El comprobante existe y está aceptado"),
            Map.entry("0002", "El comprobante existe pero está rechazado"),
            Map.entry("0003", "El comprobante existe pero está de baja"),
            Map.entry("0004", "La constancia existe"),
            Map.entry("0011", "El comprobante de pago electrónico no existe"),
            Map.entry("0127", "El ticket no existe"),
            Map.entry("0130", "El sistema no puede responder su solicitud. (No se pudo obtener el ticket de proceso)"),
            Map.entry("0151", "El nombre del archivo ZIP es incorrecto"),
            Map.entry("0152", "No se puede enviar por este método un archivo de resumen"),
            Map.entry("0153", "No se puede enviar por este método un archivo por lotes"),
            Map.entry("0154", "El RUC del archivo no corresponde al RUC del usuario o el proveedor no esta autorizado a enviar comprobantes del contribuyente"),
            Map.entry("0155", "El archivo ZIP esta vacio"),
            Map.entry("0156", "El archivo ZIP esta corrupto"),
            Map.entry("0157", "El archivo ZIP no contiene comprobantes"),
            Map.entry("0158", "El archivo ZIP contiene demasiados comprobantes para este tipo de envío"),
            Map.entry("0159", "El nombre del archivo XML es incorrecto"),
            Map.entry("0160", "El archivo XML esta vacio"),
            Map.entry("0161", "El nombre del archivo XML no coincide con el nombre del archivo ZIP"),
            Map.entry("0306", "No se puede leer (parsear) el archivo XML"),
            Map.entry("1032", "El comprobante fue informado previamente en una comunicacion de baja o fue rechazado"),
            Map.entry("1033", "El comprobante fue registrado previamente con otros datos"),
            Map.entry("1034", "Número de RUC del nombre del archivo no coincide con el consignado en el contenido del archivo XML"),
            Map.entry("1035", "Numero de Serie del nombre del archivo no coincide con el consignado en el contenido del archivo XML"),
            Map.entry("1036", "Número de documento en el nombre del archivo no coincide con el consignado en el contenido del XML"),
            Map.entry("2017", "El numero de documento de identidad del receptor debe ser RUC"),
            Map.entry("2105", "El comprobante a dar de baja no ha sido informado a SUNAT"),
            Map.entry("2241", "El tipo de documento del resumen debe ser 03, 07 u 08"),
            Map.entry("2282", "El documento ya ha sido informado"),
            Map.entry("2323", "El comprobante ya ha sido comunicado de baja"),
            Map.entry("2514", "Para boletas mayores a S/ 700 debe consignar el documento de identidad del adquirente"),
            Map.entry("2957", "La baja se comunica dentro de los 7 días de emitido el comprobante"),
            Map.entry("3095", "Un comprobante no puede adicionarse y modificarse en el mismo resumen"),
            Map.entry("3096", "Un comprobante no puede modificarse y anularse en el mismo resumen"),
            Map.entry("2324", "El archivo de comunicacion de baja ya fue presentado anteriormente"),
            Map.entry("2335", "El documento electrónico ingresado ha sido alterado"),
            Map.entry("2800", "El dato ingresado en el tipo de documento de identidad del receptor no esta permitido."),
            Map.entry("2801", "El DNI ingresado no cumple con el estandar."),
            Map.entry("3103", "El valor del IGV de la línea no corresponde al resultado de multiplicar la base imponible por la tasa"),
            Map.entry("3270", "El precio unitario de la operación que se está informando difiere de los cálculos realizados en base a la cantidad, valor unitario e impuestos"),
            Map.entry("3278", "La sumatoria de valor de venta de las líneas no corresponde al total valor de venta (LegalMonetaryTotal/LineExtensionAmount)"),
            Map.entry("3279", "El importe total de la venta (TaxInclusiveAmount) no corresponde al valor de venta más los tributos"),
            Map.entry("3280", "El importe total a pagar (PayableAmount) no corresponde a la suma del total de la venta, cargos y redondeo, menos descuentos y anticipos"),
            Map.entry("3291", "La sumatoria del IGV no corresponde a la base imponible por la tasa"),
            Map.entry("3294", "La sumatoria de los tributos de la cabecera (TaxTotal/TaxAmount) no corresponde a los subtotales"),
            Map.entry("3303", "El monto de redondeo (PayableRoundingAmount) no puede ser mayor a 1"),
            Map.entry("4207", "El DNI del receptor no cumple con el formato establecido"),
            Map.entry("4252", "El dato ingresado como atributo @listName es incorrecto."));

    private SunatCodes() {
    }

    /** SUNAT's text for {@code code}; a generic one for codes the simulator only relays (fault injection). */
    public static String message(String code) {
        return MESSAGES.getOrDefault(code, "Error " + code + " (simulado)");
    }
}
