import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkpunt/platform';
import { createTransport, Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

const FROM = 'Werkpunt Gent <no-reply@werkpunt.gent>';

/** Sends plain-text mail through SMTP_URL. */
@Injectable()
export class Mailer implements OnApplicationShutdown {
  private readonly logger = new Logger(Mailer.name);
  private readonly transport: Transporter;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.transport = createTransport(config.smtpUrl);
  }

  async send(mail: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: FROM, ...mail });
  }

  /**
   * For mails whose sending must not show in the response time (password reset: a slower answer
   * would reveal that the address has an account). Failures are logged without the address.
   */
  sendInBackground(mail: OutgoingMail, what: string): void {
    this.send(mail).catch((error: unknown) =>
      this.logger.error({ err: error instanceof Error ? error.message : String(error) }, `Could not send ${what} mail`),
    );
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
