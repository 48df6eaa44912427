import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'A letter to one child, or the same letter to several (merge fields: {{childFirstName}}, {{sponsorFirstName}}).' })
export class WriteLetterInput {
  @Field(() => [ID], { description: 'Children you sponsor; one letter each, grouped when several.' })
  childIds: string[];

  @Field()
  body: string;

  @Field(() => String, { nullable: true, description: 'Language of the text; your own by default.' })
  language?: string | null;

  @Field(() => String, { nullable: true })
  stationeryKey?: string | null;

  @Field({ defaultValue: false, description: 'Send for review at once instead of saving drafts.' })
  submit: boolean;
}

@InputType({ description: 'Changes to a draft or to a letter sent back for changes.' })
export class UpdateLetterInput {
  @Field(() => ID)
  letterId: string;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => String, { nullable: true })
  stationeryKey?: string | null;

  @Field({ defaultValue: false, description: 'Send for review after saving.' })
  submit: boolean;
}

@InputType({ description: 'Autosave: the text of a letter being written, saved to each of its drafts (merge fields filled per child).' })
export class SaveLetterDraftsInput {
  @Field(() => [ID], { description: 'The drafts written together (one per child).' })
  letterIds: string[];

  @Field()
  body: string;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'A key from `letterStationery`; null for none; left out to keep it.' })
  stationeryKey?: string | null;
}

@InputType()
export class LetterIdsInput {
  @Field(() => [ID])
  letterIds: string[];
}

@InputType()
export class RemoveLetterPhotoInput {
  @Field(() => ID, { description: 'The photo (LetterAttachment.id).' })
  photoId: string;
}

@InputType()
export class LetterIdInput {
  @Field(() => ID)
  letterId: string;
}

@InputType()
export class LetterDecisionInput {
  @Field(() => ID)
  letterId: string;

  @Field(() => String, { nullable: true, description: 'Required to request changes or reject; the writer sees it.' })
  reason?: string | null;
}

@InputType({ description: "A child's reply, recorded by the partner: the scan of the handwritten letter, and/or a transcription or note." })
export class RecordChildReplyInput {
  @Field(() => ID)
  childId: string;

  @Field(() => String, { nullable: true, description: 'The text typed in (a transcription or a note); may be left out when a scan is attached.' })
  body?: string | null;

  @Field(() => String, { nullable: true })
  language?: string | null;

  @Field(() => ID, { nullable: true, description: 'The scan of the letter: an Upload with purpose LETTER_SCAN (uploadCreate, PUT, uploadFinalize). It becomes the letter the sponsor reads.' })
  scanUploadId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The letter it answers, if any.' })
  inReplyToId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Which sponsorship, when the child has several sponsors.' })
  sponsorshipId?: string | null;
}
