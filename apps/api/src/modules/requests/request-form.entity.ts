import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node } from '../../graphql/node';
import { RequestFieldType, type FieldDefinition } from './request-validation';

export enum RequestAudience {
  SPONSOR = 'SPONSOR',
  PARTNER = 'PARTNER',
  BOTH = 'BOTH',
}
registerEnumType(RequestAudience, { name: 'RequestAudience', description: 'Who may open requests with a form.' });
registerEnumType(RequestFieldType, {
  name: 'RequestFieldType',
  valuesConfig: {
    TEXT: { description: 'One line of text (up to 500 characters).' },
    LONG_TEXT: { description: 'Several paragraphs (up to 5000 characters).' },
    NUMBER: { description: 'A number, e.g. 12 or 3.5.' },
    DATE: { description: 'A calendar date, YYYY-MM-DD.' },
    SELECT: { description: 'One of the field’s options.' },
    CHECKBOX: { description: 'Yes or no; a required checkbox must be ticked.' },
    ATTACHMENT: { description: 'A file uploaded with createRequestAttachmentUpload; the answer is its ID.' },
  },
});

@ObjectType({ description: 'One field of a request form.' })
export class RequestFormField implements FieldDefinition {
  @Field({ description: 'Stable key the answers refer to.' })
  key: string;

  @Field()
  label: string;

  @Field(() => RequestFieldType)
  type: RequestFieldType;

  @Field()
  required: boolean;

  @Field(() => String, { nullable: true })
  helpText: string | null;

  @Field(() => [String], { description: 'The choices of a SELECT field.' })
  options: string[];
}

/** A form staff define without code; requesters open requests by filling it in. */
@ObjectType({ implements: Node })
@Entity('request_form')
export class RequestForm extends Node {
  @Field({ name: 'nameEn' })
  @Column({ name: 'name_en', type: 'varchar', length: 200 })
  nameEn: string;

  @Field({ name: 'nameFr' })
  @Column({ name: 'name_fr', type: 'varchar', length: 200 })
  nameFr: string;

  @Field(() => RequestAudience)
  @Column({ type: 'varchar', length: 10 })
  audience: RequestAudience;

  @Field({ description: 'Inactive forms keep their requests but cannot be used for new ones.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Field(() => Int, { description: 'Days staff have to answer; sets each new request’s due date.' })
  @Column({ name: 'response_days', type: 'int', default: 5 })
  responseDays: number;

  @Field(() => [RequestFormField])
  @Column({ type: 'jsonb', default: [] })
  fields: RequestFormField[];
}
