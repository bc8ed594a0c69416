package fi.ekokartta.crash;

import fi.ekokartta.Application;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

/**
 * The application as {@code java -jar} runs it, plus the crash battery: once it is ready, it
 * checks the writes acknowledged before the last kill, prints the result, then writes with
 * {@code crash.writers} threads until it is killed. Arguments are the application's own, plus
 * {@code --crash.ack-log=FILE}.
 */
public final class CrashBatteryApplication {

    private CrashBatteryApplication() {
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext app = SpringApplication.run(Application.class, args);
        Path ackLog = Path.of(app.getEnvironment().getRequiredProperty("crash.ack-log"));
        int writers = app.getEnvironment().getProperty("crash.writers", Integer.class, 4);
        System.out.println(new CrashBatteryCheck(app).run(ackLog).line());
        if (writers > 0) {
            new CrashBatteryWriter(app, new AckLog(ackLog)).start(writers);
        }
        System.out.println("CRASH-BATTERY WRITING with " + writers + " threads");
    }
}
