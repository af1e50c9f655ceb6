package io.csmetrics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.csmetrics.Money;
import io.csmetrics.MrrSnapshot;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MrrCsvTest {

    private static List<MrrSnapshot> read(String text) throws IOException {
        return MrrCsv.read(new BufferedReader(new StringReader(text)), "mrr.csv");
    }

    @Test
    void readsRows() throws IOException {
        List<MrrSnapshot> rows = read("account,month,mrr,currency\nacme,2024-03,1250.00,USD\n\nbeta, 2024-04 ,99,USD\n");
        assertThat(rows).containsExactly(
                MrrSnapshot.of("acme", YearMonth.of(2024, 3), Money.of("1250.00", "USD")),
                MrrSnapshot.of("beta", YearMonth.of(2024, 4), Money.of("99", "USD")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "acme,2024-03,abc,USD | mrr.csv:2: column 3 (mrr) is not a decimal number: 'abc'",
        "acme,2024-13,1,USD | mrr.csv:2: column 2 (month) is not an ISO month (yyyy-MM): '2024-13'",
        ",2024-03,1,USD | mrr.csv:2: column 1 (account) must not be empty: ''",
        "acme,2024-03,1,XYZ | mrr.csv:2: column 4 (currency) is not an ISO 4217 code: 'XYZ'",
        "acme,2024-03,-1,USD | mrr.csv:2: column 3 (mrr): mrr must not be negative",
        "acme,2024-03,1 | mrr.csv:2: expected 4 columns",
    })
    void malformedRowNamesLineAndColumn(String row, String message) {
        assertThatThrownBy(() -> read("account,month,mrr,currency\n" + row + "\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(message);
    }

    @Test
    void headerIsRequired() {
        assertThatThrownBy(() -> read("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr.csv: empty file; expected header 'account,month,mrr,currency'");
        assertThatThrownBy(() -> read("a,b\n")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mrr.csv:1: expected header 'account,month,mrr,currency' but was 'a,b'");
    }
}
