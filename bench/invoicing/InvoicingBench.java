import java.io.FileInputStream;
import java.math.BigDecimal;
import java.security.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import pe.colca.invoicing.DocumentType;
import pe.colca.invoicing.sunat.SignatureAlgorithm;
import pe.colca.invoicing.sunat.SigningCredentials;
import pe.colca.invoicing.sunat.UblDocument;
import pe.colca.invoicing.sunat.UblWriter;
import pe.colca.invoicing.sunat.XmlSigner;
import pe.colca.sales.PricedOrder;
import pe.colca.sales.PricingInput;
import pe.colca.sales.internal.PriceCalculator;

/**
 * Documents built and signed per second (no network), against bare SHA256withRSA signatures with the same
 * key in the same run. A document = price a 5-line boleta (pricing component), write its UBL 2.1 DOM,
 * sign it (XMLDSig enveloped, rsa-sha256) and serialize it. The bare baseline signs the bytes of one such
 * signed document with {@code Signature.getInstance("SHA256withRSA")}. Both run THREADS closed loops for
 * SECONDS, alternating (bare, documents, bare, documents) so a noisy machine hurts both alike.
 *
 *   java -cp <ejb classes + icu4j> InvoicingBench.java <pkcs12> <password> <threads> <seconds> <rounds>
 */
public class InvoicingBench {

    static final PriceCalculator PRICES = new PriceCalculator(new BigDecimal("0.18"), true, Locale.ROOT);
    static final UblDocument.Issuer ISSUER = new UblDocument.Issuer("20000000001", "EMPRESA DE PRUEBA COLCA S.A.C.",
            "COLCA", "0000", new UblDocument.Address("150101", "LIMA", "LIMA", "LIMA", "AV. ARENALES 1234"));

    public static void main(String[] args) throws Exception {
        byte[] p12;
        try (var in = new FileInputStream(args[0])) {
            p12 = in.readAllBytes();
        }
        SigningCredentials credentials = SigningCredentials.fromPkcs12(p12, args[1].toCharArray());
        int threads = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        int rounds = Integer.parseInt(args[4]);
        UblWriter writer = new UblWriter();
        XmlSigner signer = new XmlSigner();
        byte[] sample = buildAndSign(writer, signer, credentials, 1);
        System.out.printf("signed boleta: %,d bytes, key RSA %d bits, %d threads, %d s per run, %d rounds%n",
                sample.length, ((java.security.interfaces.RSAKey) credentials.key()).getModulus().bitLength(),
                threads, seconds, rounds);

        Task documents = n -> buildAndSign(writer, signer, credentials, n);
        Task bare = n -> {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(credentials.key());
            s.update(sample);
            s.sign();
        };
        // the document path is a lot more code for the JIT than one signature: warm both up well
        int warmup = Integer.getInteger("warmup", 10);
        run("warm-up documents", documents, threads, warmup);
        run("warm-up bare", bare, threads, Math.max(2, warmup / 3));
        double bareTotal = 0;
        double docTotal = 0;
        for (int r = 1; r <= rounds; r++) {
            bareTotal += run("bare SHA256withRSA, round " + r, bare, threads, seconds);
            docTotal += run("documents built+signed, round " + r, documents, threads, seconds);
        }
        double bareRate = bareTotal / rounds;
        double docRate = docTotal / rounds;
        double ratio = docRate / bareRate;
        System.out.printf("%-34s %12.1f /s%n", "documents built and signed", docRate);
        System.out.printf("%-34s %12.1f /s%n", "bare SHA256withRSA signatures", bareRate);
        System.out.printf("%-34s %12.3f (required >= 0.3, aim >= 0.5)%n", "ratio", ratio);
        System.out.printf(Locale.ROOT, "RESULT name=invoicing-sign figure=%.1f unit=docs/s baseline=%.1f "
                + "baseline_unit=signs/s ratio=%.3f required=0.3%n", docRate, bareRate, ratio);
    }

    static byte[] buildAndSign(UblWriter writer, XmlSigner signer, SigningCredentials credentials, long n) {
        List<PricingInput.Line> lines = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            lines.add(PricingInput.Line.of(i, new BigDecimal("11.90").multiply(BigDecimal.valueOf(i)), i, null,
                    i == 4 ? "20" : "10"));
        }
        PricedOrder order = PRICES.price(PricingInput.of(lines));
        List<UblDocument.Item> items = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            items.add(new UblDocument.Item("PRODUCTO DE PRUEBA " + i, "SKU-" + i, "NIU"));
        }
        UblDocument doc = new UblDocument(DocumentType.BOLETA, "B001", 1 + (n % 99_999_998), LocalDate.of(2026, 12, 4),
                LocalTime.of(10, 0), "PEN", "0101", ISSUER,
                new UblDocument.Customer("1", "45678912", "ANA QUISPE MAMANI"), items, order, null, null);
        return signer.sign(writer.write(doc), credentials, SignatureAlgorithm.RSA_SHA256, Instant.now()).xml();
    }

    interface Task {
        void run(long n) throws Exception;
    }

    /** THREADS closed loops for SECONDS; returns operations per second. */
    static double run(String name, Task task, int threads, int seconds) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        LongAdder done = new LongAdder();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                long n = 0;
                try {
                    while (!stop.get()) {
                        task.run(n++);
                        done.increment();
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            workers.add(w);
        }
        long start = System.nanoTime();
        workers.forEach(Thread::start);
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread w : workers) {
            w.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        double rate = done.sum() / elapsed;
        System.out.printf("%-34s %,10d in %5.2f s = %10.1f /s%n", name, done.sum(), elapsed, rate);
        return rate;
    }
}
