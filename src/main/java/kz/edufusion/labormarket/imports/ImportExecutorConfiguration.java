package kz.edufusion.labormarket.imports;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The background executor that runs uploaded imports; runs queue behind each other beyond its threads. */
@Configuration
@EnableConfigurationProperties(ImportSettings.class)
class ImportExecutorConfiguration {

    @Bean
    ThreadPoolTaskExecutor vacancyImportExecutor(ImportSettings settings) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("vacancy-import-run-");
        executor.setCorePoolSize(settings.backgroundRuns());
        executor.setMaxPoolSize(settings.backgroundRuns());
        executor.setQueueCapacity(100);
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
