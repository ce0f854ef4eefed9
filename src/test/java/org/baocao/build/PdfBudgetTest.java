package org.baocao.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PdfBudgetTest {

    @Test
    void oneThreadACoreNeverMoreThanThePdfs() {
        assertEquals(2, PdfBudget.threads(20, 2));
        assertEquals(2, PdfBudget.threads(2, 8));
        assertEquals(1, PdfBudget.threads(1, 8));
        assertEquals(1, PdfBudget.threads(0, 8));
    }

    @Test
    void theBudgetIsPartOfTheHeap() {
        assertEquals(614, new PdfBudget(1024L << 20).megabytes());
    }

    @Test
    void aPdfWaitsUntilTheOthersLeaveRoomForIt() throws Exception {
        PdfBudget budget = new PdfBudget(1000L << 20); // 600 MB
        int first = budget.reserve(400);
        CountDownLatch started = new CountDownLatch(1);
        Thread second = new Thread(() -> {
            try {
                budget.release(budget.reserve(400));
                started.countDown();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        assertFalse(started.await(200, TimeUnit.MILLISECONDS), "400 + 400 MB do not fit in 600");
        budget.release(first);
        assertTrue(started.await(10, TimeUnit.SECONDS));
        second.join();
    }

    @Test
    void aPdfLargerThanTheBudgetRendersAlone() throws Exception {
        PdfBudget budget = new PdfBudget(1000L << 20);
        int taken = budget.reserve(5000);
        assertEquals(600, taken);
        budget.release(taken);
        assertEquals(600, budget.reserve(600));
    }
}
