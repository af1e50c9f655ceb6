package io.csmetrics.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransactionsCsvTest {

    static final Currency USD = Currency.getInstance("USD");

    static List<Transaction> read(String text) {
        return TransactionsCsv.readAll(new StringReader(text), USD, 100);
    }

    @Test
    void readsColumnsByNameWithQuotesBomAndCrlf() {
        List<Transaction> t = read("\uFEFFdate,Customer,channel,amount\r\n2024-01-05,\"Acme, Inc.\",web,29.73\r\n\r\n"
                + "2024-02-01,\"say \"\"hi\"\"\",shop,0\n");
        assertThat(t).containsExactly(Transaction.of("Acme, Inc.", LocalDate.of(2024, 1, 5), Money.of("29.73", "USD")),
                Transaction.of("say \"hi\"", LocalDate.of(2024, 2, 1), Money.of("0", "USD")));
    }

    @Test
    void streamsIntoTheAccumulator() {
        RfmAccumulator acc = RfmAccumulator.create(LocalDate.of(2024, 3, 31), PeriodUnit.DAYS);
        long rows = TransactionsCsv.read(new StringReader("customer,date,amount\na,2024-01-01,10\na,2024-01-11,5.50\n"),
                USD, 10, acc);
        assertThat(rows).isEqualTo(2);
        assertThat(acc.result().customers()).containsExactly(CustomerRfm.of("a", 1, 10, 90, Money.of("5.50", "USD")));
    }

    @Test
    void errorsNameTheLineAndColumn() {
        assertThatThrownBy(() -> read("customer,date,amount\na,2024-01-01,abc\n"))
                .hasMessage("line 2, column amount: not a decimal number: 'abc'");
        assertThatThrownBy(() -> read("customer,date,amount\na,2024-01-01,1\nb,01/02/2024,1\n"))
                .hasMessage("line 3, column date: not an ISO date (yyyy-mm-dd): '01/02/2024'");
        assertThatThrownBy(() -> read("customer,date,amount\n,2024-01-01,1\n")).hasMessage("line 2, column customer: empty");
        assertThatThrownBy(() -> read("customer,date,amount\na,2024-01-01,-1\n")).hasMessage("line 2, column amount: negative: -1");
        assertThatThrownBy(() -> read("customer,date,amount\na,2024-01-01,1.234\n"))
                .hasMessage("line 2, column amount: 1.234 has more decimals than USD allows");
        assertThatThrownBy(() -> read("customer,date,amount\na,2024-01-01\n")).hasMessage("line 2: expected 3 fields, found 2");
        assertThatThrownBy(() -> read("customer,day,amount\n")).hasMessageStartingWith(
                "line 1: the header must name the columns customer, date and amount");
        assertThatThrownBy(() -> read("")).hasMessage("line 1: no header (customer,date,amount)");
        assertThatThrownBy(() -> read("customer,date,amount\n\"a,2024-01-01,1\n"))
                .hasMessageContaining("line 2, field 1: unterminated quote");
        assertThatThrownBy(() -> read("customer,date,amount\n" + "x".repeat(5000) + "\n"))
                .hasMessage("line 2: longer than 4096 characters");
        assertThatThrownBy(() -> TransactionsCsv.readAll(new StringReader("customer,date,amount\na,2024-01-01,1\n"
                + "a,2024-01-02,1\n"), USD, 1)).hasMessage("line 3: more than maxRows (1) rows");
        assertThatThrownBy(() -> TransactionsCsv.readAll(new StringReader(""), USD, 0)).hasMessage("maxRows must be >= 1: 0");
        assertThatThrownBy(() -> TransactionsCsv.readAll(null, USD, 1)).isInstanceOf(NullPointerException.class)
                .hasMessage("reader must not be null");
    }
}
