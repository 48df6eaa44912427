/** An error Salesforce reports as `[{ errorCode, message, fields }]`; the HTTP layer picks the status. */
export class SalesforceError extends Error {
  constructor(
    readonly errorCode: string,
    message: string,
    readonly fields: string[] = [],
    readonly status = 400,
  ) {
    super(message);
    this.name = errorCode;
  }

  toBody(): { message: string; errorCode: string; fields: string[] } {
    return { message: this.message, errorCode: this.errorCode, fields: this.fields };
  }
}
