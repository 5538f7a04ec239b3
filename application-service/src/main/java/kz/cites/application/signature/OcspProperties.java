package kz.cites.application.signature;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the NCA's OCSP responder is asked about an applicant's certificate ({@code
 * cites.signature.ocsp.*}).
 *
 * @param url the responder asked for every certificate; when blank, the OCSP address in the
 *     certificate's Authority Information Access extension (none there: the status is unavailable)
 * @param connectTimeout how long to wait for the connection
 * @param timeout how long to wait for the whole answer
 */
@ConfigurationProperties("cites.signature.ocsp")
public record OcspProperties(
    @DefaultValue("http://localhost:8090/sim/nca/ocsp") String url,
    @DefaultValue("3s") Duration connectTimeout,
    @DefaultValue("5s") Duration timeout) {}
