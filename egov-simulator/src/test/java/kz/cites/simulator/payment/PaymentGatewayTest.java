package kz.cites.simulator.payment;

import static kz.cites.simulator.ShepCalls.shep;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
class PaymentGatewayTest {

  @Autowired MockMvc mvc;

  @Test
  void aPaymentIsVisibleThroughShepByPayerAndReference() throws Exception {
    String reference = UUID.randomUUID().toString();
    String receiptNumber =
        JsonPath.read(
            pay("""
                    {"payerIin": "811201401188", "amount": 8650.00, "reference": "%s"}
                    """
                    .formatted(reference))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.paidAt").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.receiptNumber");

    shep(
            mvc,
            "PAYMENT_RECEIPTS",
            "{\"payerId\": \"811201401188\", \"reference\": \"%s\"}".formatted(reference))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(jsonPath("$.payload.receipts", hasSize(1)))
        .andExpect(jsonPath("$.payload.receipts[0].receiptNumber").value(receiptNumber))
        .andExpect(jsonPath("$.payload.receipts[0].payerId").value("811201401188"))
        .andExpect(jsonPath("$.payload.receipts[0].amount").value(8650.00))
        .andExpect(jsonPath("$.payload.receipts[0].reference").value(reference))
        .andExpect(jsonPath("$.payload.receipts[0].paidAt").isNotEmpty());

    mvc.perform(get("/sim/payments/" + receiptNumber))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reference").value(reference));
  }

  @Test
  void aCompanyPaysByBinAndOtherReferencesStaySeparate() throws Exception {
    String reference = UUID.randomUUID().toString();
    pay("""
        {"payerBin": "940140000385", "amount": 8650, "reference": "%s"}
        """
            .formatted(reference))
        .andExpect(status().isCreated());

    shep(
            mvc,
            "PAYMENT_RECEIPTS",
            "{\"payerId\": \"940140000385\", \"reference\": \"%s\"}".formatted(reference))
        .andExpect(jsonPath("$.payload.receipts", hasSize(1)));
    shep(
            mvc,
            "PAYMENT_RECEIPTS",
            "{\"payerId\": \"940140000385\", \"reference\": \"%s\"}".formatted(UUID.randomUUID()))
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(jsonPath("$.payload.receipts", hasSize(0)));
  }

  @Test
  void aNonPositiveAmountIsAProblemNamingTheField() throws Exception {
    pay("""
        {"payerIin": "811201401188", "amount": -1, "reference": "app-1"}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/validation"))
        .andExpect(jsonPath("$.errors[0].field").value("amount"));
  }

  @Test
  void aPaymentWithoutReferenceIsACashOrBankPaymentVisibleByPayerOnly() throws Exception {
    // a payer of their own: other tests' receipts of the shared personas would be listed too
    String payer = "061211600012";
    String receiptNumber =
        JsonPath.read(
            pay("""
                    {"payerIin": "%s", "amount": 8650.00}
                    """
                    .formatted(payer))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(),
            "$.receiptNumber");

    mvc.perform(get("/sim/payments/" + receiptNumber))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.reference").value(nullValue()))
        .andExpect(jsonPath("$.payerId").value(payer));
    shep(mvc, "PAYMENT_RECEIPTS", "{\"payerId\": \"%s\"}".formatted(payer))
        .andExpect(jsonPath("$.status.code").value("OK"))
        .andExpect(
            jsonPath("$.payload.receipts[?(@.receiptNumber == '" + receiptNumber + "')].reference")
                .value(hasItem(nullValue())));
    shep(
            mvc,
            "PAYMENT_RECEIPTS",
            "{\"payerId\": \"%s\", \"reference\": \"%s\"}".formatted(payer, UUID.randomUUID()))
        .andExpect(jsonPath("$.payload.receipts", hasSize(0)));
  }

  @Test
  void aBlankReferenceIsAProblemNamingTheField() throws Exception {
    pay("""
        {"payerIin": "811201401188", "amount": 8650, "reference": "  "}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("reference"));
  }

  @Test
  void aBankPaymentMadeEarlierKeepsItsTimeButNeverOneInTheFuture() throws Exception {
    // 23:30 on 31 Dec 2025 in Almaty, reaching the gateway later
    pay("""
        {"payerIin": "811201401188", "amount": 7864.00, "paidAt": "2025-12-31T18:30:00Z"}
        """)
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.paidAt").value("2025-12-31T18:30:00Z"))
        .andExpect(jsonPath("$.receiptNumber").value(startsWith("PG-251231-")));
    pay("""
        {"payerIin": "811201401188", "amount": 7864.00, "paidAt": "2999-01-01T00:00:00Z"}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/validation"))
        .andExpect(jsonPath("$.errors[0].field").value("paidAt"));
  }

  @Test
  void aPayerIinWithABadCheckDigitIsRefused() throws Exception {
    pay("""
        {"payerIin": "811201401189", "amount": 8650, "reference": "app-1"}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.type").value("https://cites.kz/problems/simulator/validation"))
        .andExpect(jsonPath("$.errors[0].field").value("payerIin"));
  }

  @Test
  void exactlyOnePayerIsRequired() throws Exception {
    pay("""
        {"payerIin": "811201401188", "payerBin": "940140000385", "amount": 8650, "reference": "x"}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("payerBin"));
    pay("""
        {"amount": 8650, "reference": "x"}
        """)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.errors[0].field").value("payerIin"));
  }

  @Test
  void aBodyThatIsNotJsonIsAProblem() throws Exception {
    pay("amount=5")
        .andExpect(status().isBadRequest())
        .andExpect(
            jsonPath("$.type").value("https://cites.kz/problems/simulator/malformed-request"));
  }

  private ResultActions pay(String body) throws Exception {
    return mvc.perform(post("/sim/payments").contentType(MediaType.APPLICATION_JSON).content(body));
  }
}
