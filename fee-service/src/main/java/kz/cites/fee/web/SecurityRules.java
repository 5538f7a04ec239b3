package kz.cites.fee.web;

import kz.cites.access.ApiOwner;
import kz.cites.web.ApiSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The role rule of every route: fee-service's lines of the one table in platform/access (the
 * gateway applies the same). The payment notification has no token: its HMAC is checked before
 * anything else; that the payer of a fee is the caller is checked per object.
 */
@Configuration(proxyBeanMethods = false)
class SecurityRules {

  @Bean
  SecurityFilterChain api(HttpSecurity http, ApiSecurity security) throws Exception {
    return security.chain(http, ApiOwner.FEE);
  }
}
