package kz.cites.permit.permits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issuing authority as printed on permits and refusals ({@code cites.authority.*}).
 *
 * @param name box 6, the management authority (in English, as the CITES permit names it abroad)
 * @param nameKk its name in Kazakh, as the refusal's heading prints it
 * @param nameRu its name in Russian, as the refusal's heading prints it
 * @param address box 6, its postal address (the country is printed beside it); the default is the
 *     House of Ministries in Astana, where the Ministry of Ecology and Natural Resources and its
 *     committees sit: set the authority's own address in production
 * @param issuePlace box 13, where permits are issued
 * @param verificationUrl the public verification address a permit links to (number and code are
 *     appended as {@code /{number}?code=})
 */
@ConfigurationProperties("cites.authority")
public record AuthorityProperties(
    @DefaultValue(
            "Committee of Forestry and Wildlife of the Ministry of Ecology and Natural Resources"
                + " of the Republic of Kazakhstan")
        String name,
    @DefaultValue(
            "Қазақстан Республикасы Экология және табиғи ресурстар министрлігінің Орман"
                + " шаруашылығы және жануарлар дүниесі комитеті")
        String nameKk,
    @DefaultValue(
            "Комитет лесного хозяйства и животного мира Министерства экологии и природных"
                + " ресурсов Республики Казахстан")
        String nameRu,
    @DefaultValue("Mangilik El avenue 8, House of Ministries, entrance 14, 010000 Astana")
        String address,
    @DefaultValue("Astana") String issuePlace,
    @DefaultValue("http://localhost:8080/api/v1/public/permits") String verificationUrl) {

  public String verificationUrlOf(String number, String securityCode) {
    return verificationUrl + "/" + number + "?code=" + securityCode;
  }

  /** The authority's name in {@code language} ({@code kk}, {@code ru}; English otherwise). */
  public String name(String language) {
    return switch (language) {
      case "kk" -> nameKk;
      case "ru" -> nameRu;
      default -> name;
    };
  }
}
