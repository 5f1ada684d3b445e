package org.policymonitor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PolicyMonitorApplication {

    public static void main(String[] args) {
        SpringApplication.run(PolicyMonitorApplication.class, args);
    }
}
