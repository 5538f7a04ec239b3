package kz.cites.gateway.balancing;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(BalancingProperties.class)
class BalancingConfig {}
