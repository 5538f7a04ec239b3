package kz.cites.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one rule of company access: a token with the BIN acts for the company and sees all its
 * filings, whoever of its people filed them; a token without the BIN sees the person's own filings
 * only.
 */
class PartyTest {

  static final String DALA_FAUNA = "940140000385";
  static final String HEAD = "680514304126";
  static final String ATTORNEY = "900322405274";
  static final String STRANGER = "811201401188";
  static final String OTHER_COMPANY = "990140004654";

  @ParameterizedTest(name = "caller {0}/{1} on a filing of {2}/{3}: {4}")
  @CsvSource(
      nullValues = "-",
      value = {
        // the company's filings: whoever acts for the company, whoever of them filed
        HEAD + ", " + DALA_FAUNA + ", " + HEAD + ", " + DALA_FAUNA + ", true",
        ATTORNEY + ", " + DALA_FAUNA + ", " + HEAD + ", " + DALA_FAUNA + ", true",
        HEAD + ", " + DALA_FAUNA + ", " + ATTORNEY + ", " + DALA_FAUNA + ", true",
        // ... but not the same people signed in for themselves
        HEAD + ", -, " + HEAD + ", " + DALA_FAUNA + ", false",
        ATTORNEY + ", -, " + HEAD + ", " + DALA_FAUNA + ", false",
        // nor another company
        HEAD + ", " + OTHER_COMPANY + ", " + HEAD + ", " + DALA_FAUNA + ", false",
        // a person's own filings: the person signed in for themself
        STRANGER + ", -, " + STRANGER + ", -, true",
        HEAD + ", -, " + STRANGER + ", -, false",
        // acting for a company is not acting for oneself
        HEAD + ", " + DALA_FAUNA + ", " + HEAD + ", -, false",
      })
  void theOneRule(
      String callerIin, String callerBin, String filerIin, String filerBin, boolean sees) {
    Party caller = new Party(callerIin, callerBin);
    Party filer = new Party(filerIin, filerBin);

    assertThat(caller.mayAccess(filer)).isEqualTo(sees);
    assertThat(caller.mayAccessFiledUnder(filer.id())).isEqualTo(sees);
  }

  @Test
  void aBlankBinIsNoCompanyAndAPartyNeedsANumber() {
    assertThat(new Party(HEAD, " ").isCompany()).isFalse();
    assertThat(Party.company(DALA_FAUNA, HEAD).id()).isEqualTo(DALA_FAUNA);
    assertThat(Party.person(HEAD).id()).isEqualTo(HEAD);
    assertThat(Party.person(HEAD).mayAccess(null)).isFalse();
    assertThatThrownBy(() -> new Party(null, null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Party.company(null, HEAD))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
