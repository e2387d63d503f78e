package io.tangram.platform.impl.numbering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tangram.platform.api.error.FieldError;
import io.tangram.platform.api.error.ValidationException;
import io.tangram.platform.impl.testing.DerbyTestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Document numbers from {@code plat_doc_sequence} against in-memory Derby. */
class JdbcDocumentNumbersTest {

    private DerbyTestDatabase db;
    private JdbcDocumentNumbers numbers;

    @BeforeEach
    void setUp() throws Exception {
        db = DerbyTestDatabase.withPlatformSchema("numbers");
        numbers = new JdbcDocumentNumbers(db.dataSource(), db.transactions(), null);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void numbersCountUpPerCompanyTypeAndYear() {
        assertEquals("SO-2026-000001", numbers.next(1, "SO", 2026));
        assertEquals("SO-2026-000002", numbers.next(1, "SO", 2026));
        assertEquals("SO-2027-000001", numbers.next(1, "SO", 2027));
        assertEquals("PO-2026-000001", numbers.next(1, "PO", 2026));
        assertEquals("SO-2026-000001", numbers.next(2, "SO", 2026));
        assertEquals("SO-2026-000003", numbers.next(1, "SO", 2026));
        assertEquals("INVOICE-2026-000001", numbers.next(1, "INVOICE", 2026));
    }

    @Test
    void formatPadsToSixDigitsAndGrowsBeyond() {
        assertEquals("SO-2026-000042", JdbcDocumentNumbers.format("SO", 2026, 42));
        assertEquals("SO-2026-1234567", JdbcDocumentNumbers.format("SO", 2026, 1_234_567));
    }

    @Test
    void aRolledBackDocumentLeavesAGapNotADuplicate() {
        assertThrows(IllegalStateException.class, () -> db.transactions().required(() -> {
            assertEquals("SO-2026-000001", numbers.next(1, "SO", 2026));
            throw new IllegalStateException("order rejected");
        }));

        assertEquals("SO-2026-000002", numbers.next(1, "SO", 2026));
    }

    @Test
    void invalidTypeOrYearIsRefusedNamingTheField() {
        assertEquals(List.of("documentType"), refused(1, "so", 2026));
        assertEquals(List.of("documentType"), refused(1, "S0", 2026));
        assertEquals(List.of("documentType"), refused(1, "TOOLONGXX", 2026));
        assertEquals(List.of("documentType"), refused(1, null, 2026));
        assertEquals(List.of("documentType"), refused(1, "", 2026));
        assertEquals(List.of("year"), refused(1, "SO", 26));
        assertEquals(List.of("year"), refused(1, "SO", 10000));
        assertEquals(List.of("documentType", "year"), refused(1, "so-1", 0));
        assertEquals(0, db.number("SELECT COUNT(*) FROM plat_doc_sequence"));
    }

    private List<String> refused(long company, String type, int year) {
        ValidationException e = assertThrows(ValidationException.class, () -> numbers.next(company, type, year));
        return e.errors().stream().map(FieldError::field).toList();
    }

    @Test
    @Timeout(120)
    void concurrentCallersNeverGetTheSameNumber() throws Exception {
        int threads = 4;
        int each = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<String>> caller = () -> {
                    start.await();
                    List<String> taken = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        taken.add(numbers.next(1, "SO", 2026));
                    }
                    return taken;
                };
                results.add(pool.submit(caller));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : results) {
                List<String> taken = result.get(90, TimeUnit.SECONDS);
                assertEquals(taken.stream().sorted().toList(), taken, "each caller sees its numbers rise");
                all.addAll(taken);
            }

            Set<String> expected = IntStream.rangeClosed(1, threads * each)
                    .mapToObj(n -> JdbcDocumentNumbers.format("SO", 2026, n)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(threads * each, all.size());
            assertEquals(expected, new TreeSet<>(all), "200 distinct, consecutive numbers");
            assertEquals(threads * each, db.number("SELECT last_value FROM plat_doc_sequence"));
        } finally {
            pool.shutdownNow();
        }
    }
}
