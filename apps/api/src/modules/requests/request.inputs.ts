import { Field, ID, InputType, Int } from 'type-graphql';
import { RequestStatus } from './request-state';
import { RequestFieldType } from './request-validation';
import { RequestAudience } from './request-form.entity';

@InputType({ description: 'The answer to one field, as typed: numbers as text, checkboxes "true"/"false", dates YYYY-MM-DD, attachments their ID.' })
export class RequestAnswerInput {
  @Field()
  key: string;

  @Field(() => String, { nullable: true })
  value?: string | null;
}

@InputType()
export class OpenRequestInput {
  @Field(() => ID)
  formId: string;

  @Field(() => [RequestAnswerInput])
  answers: RequestAnswerInput[];
}

@InputType({ description: 'A message in a request’s thread.' })
export class ReplyToRequestInput {
  @Field(() => ID)
  requestId: string;

  @Field()
  body: string;

  @Field({ defaultValue: false, description: 'A note for staff only (staff).' })
  internal: boolean;

  @Field(() => RequestStatus, { nullable: true, description: 'Staff: the status to set with the reply, e.g. WAITING_FOR_REQUESTER.' })
  status?: RequestStatus | null;

  @Field(() => [ID], { nullable: true, description: 'Files uploaded with createRequestAttachmentUpload to attach.' })
  attachmentIds?: string[] | null;
}

@InputType()
export class SetRequestStatusInput {
  @Field(() => [ID])
  requestIds: string[];

  @Field(() => RequestStatus)
  status: RequestStatus;
}

@InputType()
export class AssignRequestsInput {
  @Field(() => [ID])
  requestIds: string[];

  @Field(() => ID, { nullable: true, description: 'A staff member; null to unassign.' })
  ownerId?: string | null;
}

@InputType()
export class SetRequestDueDateInput {
  @Field(() => ID)
  requestId: string;

  @Field(() => Date, { nullable: true })
  dueAt?: Date | null;
}

@InputType()
export class RequestFormFieldInput {
  @Field()
  key: string;

  @Field()
  label: string;

  @Field(() => RequestFieldType)
  type: RequestFieldType;

  @Field({ defaultValue: false })
  required: boolean;

  @Field(() => String, { nullable: true })
  helpText?: string | null;

  @Field(() => [String], { nullable: true, description: 'The choices of a SELECT field.' })
  options?: string[] | null;
}

@InputType({ description: 'A new form, or the new version of an existing one (its requests keep their answers).' })
export class SaveRequestFormInput {
  @Field(() => ID, { nullable: true, description: 'The form to change; omit to create one.' })
  id?: string | null;

  @Field()
  nameEn: string;

  @Field()
  nameFr: string;

  @Field(() => RequestAudience)
  audience: RequestAudience;

  @Field({ defaultValue: true })
  active: boolean;

  @Field(() => Int, { defaultValue: 5 })
  responseDays: number;

  @Field(() => [RequestFormFieldInput])
  fields: RequestFormFieldInput[];
}

@InputType()
export class CreateRequestAttachmentUploadInput {
  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  byteSize: number;
}
